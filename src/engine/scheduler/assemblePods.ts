/**
 * The scheduler stage's output pods, in input order: placed pods get their node, phase Running and
 * an IP from the node's pod CIDR; pods on NotReady nodes are marked not ready.
 */
import { diagnosticAt, type Diagnostic } from '../diagnostics';
import { keyOf, type Deployment, type Labels, type Node, type Pod } from '../model';
import { markPodsNotReadyDiagnostic } from './nodeLifecycle';
import { PodIpAllocator } from './podIPs';

/** Where the scheduler put a Deployment's new pods. */
export interface PlacedReplicas {
  deployment: Deployment;
  labels: Labels;
  names: readonly string[];
  /** Node index per replica, -1 when Pending. */
  nodes: Int32Array;
  pendingReason?: string;
}

/** Where the scheduler put the user's pods (node index per pod, -1 for none) and why some stay Pending. */
export interface PlacedUserPods {
  pods: readonly Pod[];
  nodes: Int32Array;
  pendingReasons: ReadonlyMap<number, string>;
}

/**
 * Builds the final pods. `order` interleaves user pods (`i`) and Deployments (`-(d + 1)`); without
 * it the user pods are taken as they are. Pods that need no change are returned as given.
 *
 * @example
 * assemblePods(cluster.nodes, user, replicas, order, diagnostics)[0].status.podIPs; // ["10.244.1.2"]
 */
export function assemblePods(
  nodes: readonly Node[],
  user: PlacedUserPods,
  replicas: readonly PlacedReplicas[],
  order: Int32Array | undefined,
  diagnostics: Diagnostic[],
  usedIps?: ReadonlySet<string>,
): Pod[] {
  const ips = new PodIpAllocator(
    nodes.length,
    () => userPodIps(user.pods, usedIps),
    nodes.map((n) => n.podCIDRs),
  );
  const notReadyPods = new Int32Array(nodes.length);
  const out: Pod[] = [];

  const emitUserPod = (i: number) => {
    const pod = user.pods[i]!;
    const reason = user.pendingReasons.get(i);
    if (reason !== undefined) {
      out.push({ ...pod, status: { ...pod.status, ready: false }, pendingReason: reason });
      return;
    }
    const node = user.nodes[i]!;
    if (node < 0 || pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
      out.push(pod);
      return;
    }
    const scheduled = !pod.spec.nodeName;
    // Only a pod without status gets an address; a written status without podIP keeps none.
    const needsIp = pod.status.podIPs.length === 0 && !pod.statusGiven;
    const notReady = !nodes[node]!.ready;
    if (notReady) notReadyPods[node]!++;
    if (!scheduled && !needsIp && !(notReady && pod.status.ready)) {
      out.push(pod);
      return;
    }
    const status = { ...pod.status };
    if (scheduled && status.phase === 'Pending' && !pod.statusGiven) status.phase = 'Running';
    if (notReady) status.ready = false;
    if (needsIp) {
      status.podIPs = ips.nextAll(node);
      // A controller's new pod gets its address like any pod: nothing to assume.
      if (pod.owner) {
        out.push({ ...pod, spec: scheduled ? { ...pod.spec, nodeName: nodes[node]!.metadata.name } : pod.spec, status });
        return;
      }
      const message = assumedIpMessage(pod, nodes[node]!, status.podIPs, ips, node);
      diagnostics.push(diagnosticAt(pod.source, ['metadata', 'name'], 'info', message, `Pod ${keyOf(pod.metadata)}`));
    }
    out.push({ ...pod, spec: scheduled ? { ...pod.spec, nodeName: nodes[node]!.metadata.name } : pod.spec, status });
  };

  const emitReplicas = (placed: PlacedReplicas) => {
    const { deployment, labels } = placed;
    const spec = { ...deployment.template, labels };
    const owner = { kind: 'Deployment' as const, name: deployment.metadata.name };
    for (let r = 0; r < placed.names.length; r++) {
      const node = placed.nodes[r]!;
      const metadata = { name: placed.names[r]!, namespace: deployment.metadata.namespace, labels, annotations: {} };
      if (node < 0) {
        const status = { phase: 'Pending' as const, podIPs: [], ready: false };
        out.push({ metadata, spec, status, owner, pendingReason: placed.pendingReason!, source: deployment.source });
        continue;
      }
      const ready = nodes[node]!.ready;
      if (!ready) notReadyPods[node]!++;
      const status = { phase: 'Running' as const, podIPs: ips.nextAll(node), ready };
      out.push({ metadata, spec: { ...spec, nodeName: nodes[node]!.metadata.name }, status, owner, source: deployment.source });
    }
  };

  if (order) {
    for (const entry of order) {
      if (entry >= 0) emitUserPod(entry);
      else emitReplicas(replicas[-entry - 1]!);
    }
  } else for (let i = 0; i < user.pods.length; i++) emitUserPod(i);

  for (let n = 0; n < nodes.length; n++)
    if (notReadyPods[n]! > 0) diagnostics.push(markPodsNotReadyDiagnostic(nodes[n]!, notReadyPods[n]!));
  return out;
}

/** The info for a pod without status: the address(es) it is assumed to have, and the pod CIDRs they come from. */
function assumedIpMessage(pod: Pod, node: Node, podIPs: readonly string[], ips: PodIpAllocator, index: number): string {
  const name = `Pod ${keyOf(pod.metadata)} has no status.podIP`;
  const v6 = ips.cidrV6(index);
  if (podIPs.length < 2 || !v6) {
    const ip = podIPs[0]!;
    return `${name}; assuming ${ip} from node ${node.metadata.name}'s pod CIDR ${ip.includes(':') ? v6 : ips.cidr(index)}`;
  }
  const v4 = podIPs.find((ip) => !ip.includes(':'))!;
  const six = podIPs.find((ip) => ip.includes(':'))!;
  return `${name}; assuming status.podIPs ${podIPs.join(', ')} (${v4} from node ${node.metadata.name}'s pod CIDR ${ips.cidr(index)}, ${six} from its IPv6 pod CIDR ${v6})`;
}

function userPodIps(pods: readonly Pod[], used?: ReadonlySet<string>): ReadonlySet<string> {
  // Read only: the same user pods (an edit that only scales a Deployment) give the same set.
  const cached = used ? undefined : ipsOf.get(pods);
  if (cached) return cached;
  const taken = new Set<string>(used);
  for (const pod of pods) for (const ip of pod.status.podIPs) taken.add(ip);
  if (!used) ipsOf.set(pods, taken);
  return taken;
}

/** userPodIps of a list of user pods (never edited in place), remembered with the list. */
const ipsOf = new WeakMap<readonly Pod[], ReadonlySet<string>>();
