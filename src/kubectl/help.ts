/** The terminal's `help`, and `kubectl <verb> --help`. */
import { VERB_FLAGS, type KubectlVerb } from './flags';

export const COMMAND_HELP: readonly [string, string][] = [
  [
    'kubectl get KIND[,KIND…] [NAME…] | KIND/NAME… | all  (nodes pods svc endpoints endpointslices deploy ds sts rs rc pdb events)',
    'list objects; several kinds print one table each, with kind/name names',
  ],
  [
    "kubectl get … [-o wide|yaml|json|name|jsonpath='{…}'|custom-columns=H:.path,…] [--sort-by=.path] [-n NS|-A] [-l SEL] [-L KEY] [-w]",
    'choose the output; -w prints each changed row as the timeline plays (Ctrl+C stops)',
  ],
  ['kubectl describe KIND NAME', 'an object in detail (a Service with its endpoints and hints, a pdb with its allowed disruptions)'],
  ['kubectl apply -f FILE', 'create or replace the objects of a workspace file'],
  ["kubectl patch svc|deploy NAME --type merge -p '{...}'", 'merge-patch a Service or a Deployment (its template rolls out)'],
  ['kubectl set selector svc/NAME k=v', "replace a Service's selector"],
  ['kubectl set image deploy/NAME CONTAINER=IMAGE', 'change the pod template (a rolling update)'],
  [
    'kubectl scale deploy|sts|rs|rc/NAME --replicas=N',
    'change the number of replicas (a StatefulSet scales down from its highest ordinal)',
  ],
  ['kubectl label KIND NAME k=v k- [--overwrite]', 'set or remove labels'],
  ['kubectl cordon|uncordon NODE', 'mark a node (un)schedulable'],
  ['kubectl drain NODE [--ignore-daemonsets] [--force]', 'cordon, then evict its pods'],
  ['kubectl delete pod NAME…|-l SEL|--all [--grace-period=N] | node NAME…|-l SEL', 'delete pods (their controller replaces them) or nodes'],
  ['kubectl rollout status deploy|ds|sts/NAME', "where a Deployment's, DaemonSet's or StatefulSet's rollout stands"],
  ['kubectl rollout restart deploy|ds|sts/NAME', 'replace every pod by the update strategy (a rolling update)'],
  ['kubectl rollout pause|resume deploy/NAME', 'hold template changes back, then roll them out at once'],
  ['hit COUNT [NS/]SVC [PORT] [--from [NS/]POD] [-n NS]', 'send requests and count them per pod, like sort | uniq -c'],
  ['clear', 'empty the screen'],
];

export function helpText(topic?: string): string {
  if (topic && topic !== 'kubectl' && topic in VERB_FLAGS) return verbHelp(topic as KubectlVerb);
  return [
    'Commands run against the live cluster the playground simulates; the YAML files stay as written.',
    'Every change lands on the timeline, where it can be undone. ↑/↓ recall history, Tab completes.',
    'Global flags go anywhere (kubectl -n NS get pods); there is one cluster, so --context, --kubeconfig and --server are refused.',
    '',
    ...COMMAND_HELP.map(([c, what]) => `  ${c}\n      ${what}`),
  ].join('\n');
}

function verbHelp(verb: KubectlVerb): string {
  const usage = COMMAND_HELP.filter(([c]) => c.startsWith(`kubectl ${verb} `)).map(([c, what]) => `  ${c}\n      ${what}`);
  const flags = VERB_FLAGS[verb].map((f) => `  ${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? '=VALUE' : ''}   ${f.help}`);
  return ['Usage:', ...usage, '', 'Options:', ...flags].join('\n');
}
