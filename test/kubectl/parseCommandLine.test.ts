import { describe, expect, test } from 'vitest';
import { parseCommandLine } from '../../src/kubectl/parseCommandLine';

describe('parseCommandLine: good lines', () => {
  test.each([
    ['kubectl get pods -o wide', { program: 'kubectl', verb: 'get', args: ['pods'], flags: { output: 'wide' } }],
    ['kubectl get pods -owide', { program: 'kubectl', verb: 'get', args: ['pods'], flags: { output: 'wide' } }],
    ['kubectl get pods -o=yaml', { program: 'kubectl', verb: 'get', args: ['pods'], flags: { output: 'yaml' } }],
    [
      'kubectl get pods --output=json -A',
      { program: 'kubectl', verb: 'get', args: ['pods'], flags: { output: 'json', 'all-namespaces': true } },
    ],
    ['k get svc -n kube-system', { program: 'kubectl', verb: 'get', args: ['svc'], flags: { namespace: 'kube-system' } }],
    [
      'kubectl get nodes -L topology.kubernetes.io/zone -L kubernetes.io/hostname',
      {
        program: 'kubectl',
        verb: 'get',
        args: ['nodes'],
        flags: { 'label-columns': ['topology.kubernetes.io/zone', 'kubernetes.io/hostname'] },
      },
    ],
    ['kubectl scale deploy/echo --replicas=1', { program: 'kubectl', verb: 'scale', args: ['deploy/echo'], flags: { replicas: '1' } }],
    ['kubectl scale deploy echo --replicas 1', { program: 'kubectl', verb: 'scale', args: ['deploy', 'echo'], flags: { replicas: '1' } }],
    [
      `kubectl patch svc echo-svc --type merge -p '{"spec":{"trafficDistribution":"PreferSameNode"}}'`,
      {
        program: 'kubectl',
        verb: 'patch',
        args: ['svc', 'echo-svc'],
        flags: { type: 'merge', patch: '{"spec":{"trafficDistribution":"PreferSameNode"}}' },
      },
    ],
    [
      'kubectl drain mnode-m02 --ignore-daemonsets --force',
      { program: 'kubectl', verb: 'drain', args: ['mnode-m02'], flags: { 'ignore-daemonsets': true, force: true } },
    ],
    ['kubectl drain mnode-m02 --force=false', { program: 'kubectl', verb: 'drain', args: ['mnode-m02'], flags: {} }],
    [
      'kubectl label node mnode-m02 zone- --overwrite',
      { program: 'kubectl', verb: 'label', args: ['node', 'mnode-m02', 'zone-'], flags: { overwrite: true } },
    ],
    ['kubectl apply -f a.yaml -f b.yaml', { program: 'kubectl', verb: 'apply', args: [], flags: { filename: ['a.yaml', 'b.yaml'] } }],
    ['kubectl delete pod -- -odd-name', { program: 'kubectl', verb: 'delete', args: ['pod', '-odd-name'], flags: {} }],
    ['kubectl', { program: 'help', topic: 'kubectl' }],
    ['hit 40 echo-svc', { program: 'hit', count: 40, service: 'echo-svc' }],
    ['hit 40 echo-svc 80 --from client', { program: 'hit', count: 40, service: 'echo-svc', port: '80', from: 'client' }],
    ['hit 5 echo-svc --from=default/client', { program: 'hit', count: 5, service: 'echo-svc', from: 'default/client' }],
    ['help', { program: 'help' }],
    ['help drain', { program: 'help', topic: 'drain' }],
    ['clear', { program: 'clear' }],
    ['   ', { program: 'empty' }],
  ])('%s', (line, command) => {
    expect(parseCommandLine(line)).toEqual({ ok: true, command });
  });
});

describe('parseCommandLine: bad lines, in kubectl words with a hint', () => {
  test.each([
    ['kubectl gte pods', 'error: unknown command "gte" for "kubectl"', /Did you mean this\?\n\tget/],
    ['kubectl explode', 'error: unknown command "explode" for "kubectl"', /The playground knows/],
    ['kubectl get pods --wat', 'error: unknown flag: --wat', /kubectl get --help/],
    ['kubectl get pods -x', "error: unknown shorthand flag: 'x' in -x", /kubectl get --help/],
    ['kubectl get pods -o', "error: flag needs an argument: 'o' in -o", /usage/],
    ['kubectl scale deploy/echo --replicas', 'error: flag needs an argument: --replicas', /usage/],
    [
      'kubectl drain n --force=maybe',
      'error: invalid argument "maybe" for "--force" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
      /usage/,
    ],
    ['kubectl cordon -q x', "error: unknown shorthand flag: 'q' in -q", /cordon --help/],
    [`kubectl patch svc x -p '{"spec":`, /^error: unterminated quoted string/, /single quotes/],
    [
      'kubectl --context kind-kind get pods',
      /^error: --context is not supported by the playground: it simulates one cluster/,
      /-n NAMESPACE/,
    ],
    ['kubectl get pods --kubeconfig=/tmp/k', /^error: --kubeconfig is not supported by the playground/, /-n NAMESPACE/],
    ['kubectl -s https://10.0.0.1:6443 get pods', /^error: --server is not supported by the playground/, /-n NAMESPACE/],
    ['kubectl logs client', 'error: "kubectl logs" is not supported by the playground', /not containers.*kubectl get events/],
    ['kubectl exec -it client -- sh', 'error: "kubectl exec" is not supported by the playground', /hit COUNT SVC --from POD/],
    ['kubectl expose deploy echo --port 80', 'error: "kubectl expose" is not supported by the playground', /kubectl apply -f FILE/],
    ['kubeclt get pods', 'kubeclt: command not found', /Did you mean "kubectl"/],
    ['ls', 'ls: command not found', /help/],
    ['hit', 'error: hit needs a COUNT and a SERVICE', /Usage: hit/],
    ['hit many echo-svc', 'error: COUNT must be a whole number from 1 to 100000, not "many"', /Usage: hit/],
    ['hit 0 echo-svc', /COUNT must be a whole number/, /Usage/],
    ['hit 10 echo-svc --from', 'error: flag needs an argument: --from', /Usage/],
    ['hit 10 echo-svc --to x', 'error: unknown flag: --to', /Usage/],
    ['hit 10 a 80 extra', 'error: unexpected argument "extra"', /Usage/],
  ])('%s', (line, error, hint) => {
    const result = parseCommandLine(line);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (typeof error === 'string') expect(result.error).toBe(error);
    else expect(result.error).toMatch(error);
    expect(result.hint).toMatch(hint);
  });
});
