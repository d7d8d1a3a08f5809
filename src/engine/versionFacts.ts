/**
 * What a control-plane / kube-proxy version pair changes for Service routing, in plain words,
 * including values that need a feature gate that is off (routing-semantics §1, §3, §4), and how
 * the StatefulSet controller rolls pods (which decides when endpoints change).
 */
import { minorOf, type FeatureGates, type KubeVersion } from './version';

/**
 * @example
 * versionFacts('1.34', '1.33', gates134, gates133).join('\n'); // mentions "ignores node hints"
 */
export function versionFacts(controlPlane: KubeVersion, kubeProxy: KubeVersion, cpGates: FeatureGates, kpGates: FeatureGates): string[] {
  const cp = minorOf(controlPlane);
  const kp = minorOf(kubeProxy);
  const facts: string[] = [];
  if (!cpGates.ServiceTrafficDistribution) {
    facts.push(
      `API server v${controlPlane}: the ServiceTrafficDistribution gate is off, so spec.trafficDistribution is dropped on write; enable the gate to use PreferClose.`,
    );
  } else if (cp <= 32) {
    facts.push(
      `API server v${controlPlane}: spec.trafficDistribution accepts PreferClose only; PreferSameZone and PreferSameNode arrive in 1.33.`,
    );
  } else if (!cpGates.PreferSameTrafficDistribution) {
    facts.push(
      `API server v${controlPlane}: PreferSameZone and PreferSameNode need the PreferSameTrafficDistribution gate, which is off: the API server answers "Unsupported value" and only PreferClose is accepted. Enable the gate (alpha in 1.33, beta and on by default in 1.34).`,
    );
  } else {
    facts.push(
      `API server v${controlPlane}: spec.trafficDistribution accepts PreferClose, PreferSameZone and PreferSameNode${cp >= 35 ? ' (PreferClose is documented as a deprecated alias of PreferSameZone)' : ''}.`,
    );
  }
  facts.push(
    cp <= 32
      ? `EndpointSlice controller v${controlPlane}: PreferClose gives every Ready endpoint a zone hint, a dummy "" hint when its node has no zone.`
      : `EndpointSlice controller v${controlPlane}: zone hints only for endpoints with a zone (no dummy "" hints); PreferSameNode adds node hints.`,
  );
  facts.push(
    cpGates.TopologyAwareHints
      ? `topology-mode: Auto uses the topology cache (CPU-proportional zone hints) and takes precedence over trafficDistribution.`
      : `TopologyAwareHints is off on the control plane: topology-mode: Auto writes no hints (and blocks trafficDistribution while it says Auto).`,
  );
  facts.push(
    kp <= 32
      ? `kube-proxy v${kubeProxy}: canUseTopology — zone hints only, used when every Ready endpoint has one and the node's zone is hinted.`
      : `kube-proxy v${kubeProxy}: topologyModeFromHints — node hints${kpGates.PreferSameTrafficDistribution ? '' : ' (ignored: its PreferSameTrafficDistribution gate is off)'}, then zone hints, then every Ready endpoint, decided per node.`,
  );
  if (cpGates.PreferSameTrafficDistribution && !kpGates.PreferSameTrafficDistribution) {
    facts.push(
      `The control plane writes node hints but kube-proxy v${kubeProxy} ignores them: PreferSameNode behaves like PreferSameZone on every node.`,
    );
  }
  if (cp >= 36) facts.push('v1.36 removed the TopologyAwareHints and ServiceTrafficDistribution gates: both behaviours are always on.');
  facts.push(
    cpGates.MaxUnavailableStatefulSet
      ? `StatefulSet controller v${controlPlane}: MaxUnavailableStatefulSet is on: a rolling update replaces up to spec.updateStrategy.rollingUpdate.maxUnavailable pods at once (default 1), counting every unavailable pod against it.`
      : `StatefulSet controller v${controlPlane}: MaxUnavailableStatefulSet is off${cp >= 35 ? ' (beta, off by default from 1.35.4)' : ' (alpha)'}: spec.updateStrategy.rollingUpdate.maxUnavailable is dropped on write and a rolling update replaces one pod at a time.`,
  );
  return facts;
}
