/**
 * What an older kube-proxy does differently under a newer control plane, put first in the trace
 * of every view of a Service so the difference shows where the route is explained.
 */
import type { EndpointSlice } from '../model';
import type { TraceStep } from '../report';
import { minorOf, type FeatureGates, type KubeVersion } from '../version';

export interface SkewInput {
  controlPlane: KubeVersion;
  kubeProxy: KubeVersion;
  /** kube-proxy's effective gates. */
  kubeProxyGates: FeatureGates;
}

/**
 * The skew steps for one Service: kube-proxy's own topology logic, and node hints it ignores.
 *
 * @example
 * skewSteps({ controlPlane: '1.34', kubeProxy: '1.33', kubeProxyGates }, slices)[1].message;
 * // "kube-proxy v1.33 ignores node hints (forNodes) ..."
 */
export function skewSteps(input: SkewInput, slices: readonly EndpointSlice[]): TraceStep[] {
  const { controlPlane, kubeProxy } = input;
  if (controlPlane === kubeProxy) return [];
  const cpMinor = minorOf(controlPlane);
  const kpMinor = minorOf(kubeProxy);
  const logic = kpMinor >= 33 ? 'topologyModeFromHints (node → zone → all)' : 'canUseTopology (zone hints only, all or nothing)';
  const steps: TraceStep[] = [
    {
      stage: 'kube-proxy',
      rule: 'version skew',
      message: `kube-proxy v${kubeProxy} under a v${controlPlane} control plane: the API server and the EndpointSlice controller follow v${controlPlane}, kube-proxy follows v${kubeProxy} and its own gates, so it decides topology with ${logic}`,
    },
  ];
  const hasNodeHints = slices.some((s) => s.endpoints.some((ep) => (ep.hints?.forNodes?.length ?? 0) > 0));
  if (hasNodeHints && !input.kubeProxyGates.PreferSameTrafficDistribution) {
    const why =
      kpMinor < 33
        ? `v${kubeProxy} predates node hints (PreferSameTrafficDistribution arrived in 1.33)`
        : `its PreferSameTrafficDistribution gate is off`;
    steps.push({
      stage: 'kube-proxy',
      rule: 'version skew',
      message: `kube-proxy v${kubeProxy} ignores node hints (forNodes) written by the v${controlPlane} controller: ${why}, so PreferSameNode works like PreferSameZone on this node`,
    });
  }
  const ready = slices.flatMap((s) => s.endpoints.filter((ep) => ep.conditions.ready !== false));
  const zoneHinted = (ep: (typeof ready)[number]) => (ep.hints?.forZones?.length ?? 0) > 0;
  if (cpMinor >= 33 && kpMinor <= 32 && ready.some(zoneHinted) && !ready.every(zoneHinted)) {
    steps.push({
      stage: 'kube-proxy',
      rule: 'version skew',
      message: `a v${controlPlane} controller writes no dummy "" zone hint for an endpoint without a zone (1.30–1.32 controllers did), so a v${kubeProxy} kube-proxy sees a Ready endpoint without hints and turns topology off everywhere`,
    });
  }
  return steps;
}
