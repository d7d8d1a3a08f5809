/**
 * Each timeline event as the shell lines that do the same on a real cluster. Pods a controller
 * created have other names there, so they are found by their labels and node.
 */
import type { ClusterEvent, PodSummary, TimelineEvent } from '../../engine';
import type { LabTool } from './labTypes';
import type { LabNode } from './nodeNames';
import { realNodeName } from './nodeNames';

export interface EventContext {
  tool: LabTool;
  cluster: string;
  nodes: readonly LabNode[];
  /** The pods as the playground saw them just before the event (names, labels, nodes). */
  pods: readonly PodSummary[];
}

/** Single quotes for the shell. */
export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

const splitKey = (key: string) => {
  const slash = key.indexOf('/');
  return slash < 0 ? { namespace: 'default', name: key } : { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
};

/** `kubectl … pod` target: the bare pod's name, or the controller's pod with the same labels on the same node. */
function podTarget(key: string, ctx: EventContext): { namespace: string; target: string; note?: string } {
  const { namespace, name } = splitKey(key);
  const pod = ctx.pods.find((p) => p.key === key);
  if (!pod || !pod.generated) return { namespace, target: shellQuote(name) };
  const selector = Object.entries(pod.labels)
    .filter(([label]) => label !== 'pod-template-hash')
    .map(([label, value]) => `${label}=${value}`)
    .join(',');
  const node = pod.node ? ` --field-selector spec.nodeName=${shellQuote(realNodeName(ctx.nodes, pod.node))}` : '';
  return {
    namespace,
    target: `"$(kubectl get pod -n ${shellQuote(namespace)} -l ${shellQuote(selector)}${node} -o jsonpath='{.items[0].metadata.name}')"`,
    note: `${name} is named by its controller; the lab picks the pod with its labels${pod.node ? ' on the same node' : ''}`,
  };
}

function stopNode(node: string, ctx: EventContext): string {
  return ctx.tool === 'kind' ? `docker stop ${shellQuote(node)}` : `minikube node stop ${shellQuote(node)} -p ${shellQuote(ctx.cluster)}`;
}

function startNode(node: string, ctx: EventContext): string {
  return ctx.tool === 'kind' ? `docker start ${shellQuote(node)}` : `minikube node start ${shellQuote(node)} -p ${shellQuote(ctx.cluster)}`;
}

const json = (value: unknown) => shellQuote(JSON.stringify(value));

/**
 * The shell lines for one event; lines starting with `#` explain what cannot be done with kubectl.
 *
 * @example
 * eventLines({ type: 'deployment.scale', deployment: 'default/echo', replicas: 1 }, ctx);
 * // ['kubectl scale deployment -n default echo --replicas=1']
 */
export function eventLines(event: ClusterEvent, ctx: EventContext, stepIndex = 0): string[] {
  const real = 'node' in event ? realNodeName(ctx.nodes, event.node) : '';
  const node = shellQuote(real);
  switch (event.type) {
    case 'node.cordon':
    case 'node.uncordon':
      return [`kubectl ${event.type === 'node.cordon' ? 'cordon' : 'uncordon'} ${node}`];
    case 'node.drain': {
      // kubectl refuses to drain a node with DaemonSet pods unless told to leave them.
      const flags = ['--ignore-daemonsets', '--delete-emptydir-data'];
      if (event.force) flags.push('--force');
      if (event.gracePeriodSeconds !== undefined) flags.push(`--grace-period=${event.gracePeriodSeconds}`);
      return [`kubectl drain ${node} ${flags.join(' ')}`];
    }
    case 'node.delete':
      return [
        `kubectl delete node ${node}`,
        `# The node's kubelet registers it again when it restarts; stop it too to keep it gone:`,
        `# ${stopNode(real, ctx)}`,
      ];
    case 'node.notReady':
      return [`# The node's kubelet stops: after about 40 s the node is NotReady, after 5 min its pods are evicted.`, stopNode(real, ctx)];
    case 'node.ready':
      return [startNode(real, ctx)];
    case 'zone.outage':
    case 'zone.recover': {
      const members = ctx.nodes.filter((n) => n.labels['topology.kubernetes.io/zone'] === event.zone);
      if (members.length === 0) return [`# No node is in zone ${event.zone}.`];
      return [
        `# Every node of zone ${event.zone} ${event.type === 'zone.outage' ? 'stops' : 'starts again'}.`,
        ...members.map((n) => (event.type === 'zone.outage' ? stopNode(n.real, ctx) : startNode(n.real, ctx))),
      ];
    }
    case 'pod.delete': {
      const { namespace, target, note } = podTarget(event.pod, ctx);
      const grace = event.gracePeriodSeconds !== undefined ? ` --grace-period=${event.gracePeriodSeconds}` : '';
      return [...(note ? [`# ${note}`] : []), `kubectl delete pod -n ${shellQuote(namespace)} ${target}${grace}`];
    }
    case 'pod.notReady':
    case 'pod.ready':
    case 'pod.crashLoop':
      return [
        `# ${event.pod}: ${event.type === 'pod.ready' ? 'Ready again' : event.type === 'pod.crashLoop' ? 'crash-looping' : 'not Ready'} in the playground.`,
        `# kubectl cannot set a pod's readiness: make its readiness probe fail (or the container exit) to see the same.`,
      ];
    case 'deployment.scale': {
      const { namespace, name } = splitKey(event.deployment);
      return [`kubectl scale deployment -n ${shellQuote(namespace)} ${shellQuote(name)} --replicas=${event.replicas}`];
    }
    case 'workload.scale': {
      const { namespace, name } = splitKey(event.name);
      return [`kubectl scale ${event.kind.toLowerCase()} -n ${shellQuote(namespace)} ${shellQuote(name)} --replicas=${event.replicas}`];
    }
    case 'workload.restart': {
      const { namespace, name } = splitKey(event.name);
      return [`kubectl rollout restart ${event.kind.toLowerCase()} -n ${shellQuote(namespace)} ${shellQuote(name)}`];
    }
    case 'deployment.patch': {
      const { namespace, name } = splitKey(event.deployment);
      return [`kubectl patch deployment -n ${shellQuote(namespace)} ${shellQuote(name)} --type merge -p ${json(event.patch)}`];
    }
    case 'service.patch': {
      const { namespace, name } = splitKey(event.service);
      return [`kubectl patch service -n ${shellQuote(namespace)} ${shellQuote(name)} --type merge -p ${json(event.patch)}`];
    }
    case 'object.label': {
      const changes = Object.entries(event.labels).map(([k, v]) => shellQuote(v === null ? `${k}-` : `${k}=${v}`));
      const overwrite = changes.length ? ' --overwrite' : '';
      if (event.kind === 'Node')
        return [`kubectl label node ${shellQuote(realNodeName(ctx.nodes, event.name))} ${changes.join(' ')}${overwrite}`];
      if (event.kind === 'Pod') {
        const { namespace, target, note } = podTarget(event.name, ctx);
        return [...(note ? [`# ${note}`] : []), `kubectl label pod -n ${shellQuote(namespace)} ${target} ${changes.join(' ')}${overwrite}`];
      }
      const { namespace, name } = splitKey(event.name);
      return [`kubectl label ${event.kind.toLowerCase()} -n ${shellQuote(namespace)} ${shellQuote(name)} ${changes.join(' ')}${overwrite}`];
    }
    case 'apply':
      return [`kubectl apply -f ${shellQuote(appliedFilePath(event.file, stepIndex))}`];
  }
}

/** Where an `apply` event's text is written in the lab: one file per step, so a file applied twice keeps both texts. */
export function appliedFilePath(file: string, stepIndex: number): string {
  const base = file
    .split('/')
    .pop()!
    .replace(/[^A-Za-z0-9_.-]/g, '_');
  return `steps/${String(stepIndex + 1).padStart(2, '0')}-${base}`;
}

/** What steps.sh calls a step: the timeline's own label. */
export function stepTitle(event: TimelineEvent, index: number): string {
  return `Step ${index + 1} (t=${event.at}s): ${event.label}`;
}
