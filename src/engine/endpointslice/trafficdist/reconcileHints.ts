/** Hints from spec.trafficDistribution (k8s.io/endpointslice trafficdist/trafficdist.go). */
import type { EndpointSlice, SliceEndpoint } from '../../model';
import type { TraceStep } from '../../report';
import { minorOf, type KubeVersion } from '../../version';
import { endpointLabel, isReady, listNames, plural, step } from '../traceWords';

const RULE = 'trafficdist.ReconcileHints';

/**
 * Values the PreferClose heuristic handles, per k8s.io/endpointslice release.
 *
 * @example
 * closeTrafficDistributions('1.32'); // ['PreferClose']
 */
export function closeTrafficDistributions(version: KubeVersion): readonly string[] {
  return minorOf(version) <= 32 ? ['PreferClose'] : ['PreferClose', 'PreferSameZone', 'PreferSameNode'];
}

/**
 * ReconcileHints: sets or clears hints on every endpoint of `slices` (in place) and explains it.
 * PreferClose/PreferSameZone give each Ready endpoint a hint for its own zone, PreferSameNode
 * also one for its own node; any other value removes all hints. Endpoints that are not Ready
 * are left alone.
 *
 * 1.30–1.32 (k8s.io/endpointslice v0.30–v0.32) write a dummy zone hint `""` for an endpoint
 * without zone; 1.33+ write no zone hint then, and no hints at all when there is no node either.
 *
 * @example
 * reconcileHints('PreferSameNode', slices, '1.34');
 * slices[0].endpoints[0].hints; // { forZones: [{ name: 'zone-a' }], forNodes: [{ name: 'mnode-m02' }] }
 */
export function reconcileHints(
  trafficDistribution: string | undefined,
  slices: readonly EndpointSlice[],
  version: KubeVersion,
  shared: SharedHints = new SharedHints(),
): TraceStep[] {
  const legacy = minorOf(version) <= 32;
  if (trafficDistribution === undefined || !closeTrafficDistributions(version).includes(trafficDistribution)) {
    for (const slice of slices) for (const endpoint of slice.endpoints) if (endpoint.hints !== undefined) delete endpoint.hints;
    const why = trafficDistribution === undefined ? 'is not set' : `"${trafficDistribution}" is not a value this controller handles`;
    return [step(RULE, `trafficDistribution ${why}, so every hint is removed (cluster-wide routing)`)];
  }

  const nodeHints = !legacy && trafficDistribution === 'PreferSameNode';
  const notReady: string[] = [];
  const zoneless: string[] = [];
  const bare: string[] = [];
  for (const slice of slices) {
    for (const endpoint of slice.endpoints) {
      if (!isReady(endpoint)) {
        notReady.push(endpointLabel(endpoint));
        continue;
      }
      if (legacy) {
        if (!endpoint.zone) zoneless.push(endpointLabel(endpoint));
        endpoint.hints = { forZones: [{ name: endpoint.zone ?? '' }] };
        continue;
      }
      const hints = closeHints(endpoint, nodeHints, shared);
      if (hints) endpoint.hints = hints;
      else if (endpoint.hints !== undefined) delete endpoint.hints;
      if (!endpoint.zone) (hints ? zoneless : bare).push(endpointLabel(endpoint));
    }
  }

  const trace = [step(RULE, headline(trafficDistribution, legacy, nodeHints))];
  if (notReady.length) {
    trace.push(
      step(
        RULE,
        `${plural(notReady.length, 'endpoint', 'endpoints')} ${listNames(notReady)} ${plural(notReady.length, 'is', 'are')} not Ready, so ${plural(notReady.length, 'it gets', 'they get')} no hints`,
      ),
    );
  }
  if (zoneless.length) {
    const what = legacy
      ? `get${zoneless.length === 1 ? 's' : ''} the dummy zone hint "" (Kubernetes 1.30–1.32 controllers write it; no node's zone matches it)`
      : `get${zoneless.length === 1 ? 's' : ''} a node hint only: no zone, so no zone hint (no dummy "" hints since 1.33)`;
    trace.push(
      step(
        RULE,
        `${plural(zoneless.length, 'endpoint', 'endpoints')} ${listNames(zoneless)} ${plural(zoneless.length, 'has', 'have')} no zone and ${what}`,
      ),
    );
  }
  if (bare.length) {
    trace.push(
      step(
        RULE,
        `${plural(bare.length, 'endpoint', 'endpoints')} ${listNames(bare)} ${plural(bare.length, 'has', 'have')} no zone${nodeHints ? ' and no node' : ''}, so ${plural(bare.length, 'it gets', 'they get')} no hints (no dummy "" zone hints since 1.33)`,
      ),
    );
  }
  return trace;
}

/**
 * The hints of a Ready endpoint. Read-only and shared: every endpoint of a zone (or of a node,
 * with node hints) gets the same object, as hints are replaced, never edited.
 */
function closeHints(endpoint: SliceEndpoint, nodeHints: boolean, shared: SharedHints): SliceEndpoint['hints'] | undefined {
  const zone = endpoint.zone || undefined;
  const node = (nodeHints && endpoint.nodeName) || undefined;
  if (!zone && !node) return undefined;
  const made = node ? shared.byNode : shared.byZone;
  const key = node ?? zone!;
  let hints = made.get(key);
  // A node's zone is fixed, but an endpoint may name a node without its zone: check it.
  if (!hints || hints.forZones?.[0]?.name !== zone) {
    const fresh: NonNullable<SliceEndpoint['hints']> = {};
    if (zone) fresh.forZones = Object.freeze([Object.freeze({ name: zone })]) as { name: string }[];
    if (node) fresh.forNodes = Object.freeze([Object.freeze({ name: node })]) as { name: string }[];
    hints = Object.freeze(fresh);
    made.set(key, hints);
  }
  return hints;
}

/**
 * The hints handed out so far, by zone and by node: the EndpointSlice controller keeps one for
 * its run, so every endpoint of a zone (or node) in every Service shares one read-only object.
 *
 * @example
 * const shared = new SharedHints();
 * reconcileHints('PreferClose', slicesOfA, '1.34', shared);
 * reconcileHints('PreferClose', slicesOfB, '1.34', shared); // zone-a's endpoints of A and B share one hints object
 */
export class SharedHints {
  readonly byZone = new Map<string, NonNullable<SliceEndpoint['hints']>>();
  readonly byNode = new Map<string, NonNullable<SliceEndpoint['hints']>>();
}

function headline(value: string, legacy: boolean, nodeHints: boolean): string {
  if (nodeHints) return `${value}: each Ready endpoint gets forNodes [its node] and forZones [its zone]`;
  if (legacy)
    return `${value}: each Ready endpoint gets forZones [its zone], or the dummy zone "" when it has none (k8s.io/endpointslice v0.30–v0.32)`;
  const same = value === 'PreferClose' ? ' (PreferClose is handled exactly like PreferSameZone)' : '';
  return `${value}: each Ready endpoint gets forZones [its zone]${same}`;
}
