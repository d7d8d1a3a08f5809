/**
 * Which topology kube-proxy uses on a node: topologyModeFromHints (1.33+) and the binary
 * canUseTopology of 1.30–1.32 (pkg/proxy/topology.go). Hints are summarised once per service
 * port so that each node (class) is decided in O(1).
 */
import { ZONE_LABEL } from '../model';
import type { FeatureGates } from '../version';
import { describeEndpoint, type ProxyEndpoint } from './proxyEndpoint';

export type TopologyMode = '' | 'PreferSameZone' | 'PreferSameNode';

export interface HintSummary {
  readyCount: number;
  allNodeHints: boolean;
  allZoneHints: boolean;
  /** Ready endpoints hinted for each node / zone (read-only: without hints, one shared empty map). */
  nodeHintCounts: ReadonlyMap<string, number>;
  zoneHintCounts: ReadonlyMap<string, number>;
  firstWithoutNodeHint?: ProxyEndpoint;
  firstWithoutZoneHint?: ProxyEndpoint;
}

export interface TopologyContext {
  /** Kubernetes minor version, e.g. 34. */
  minor: number;
  /** kube-proxy's gates. */
  gates: FeatureGates;
  /** Service hints annotation (consulted by 1.30–1.32 when ServiceTrafficDistribution is off). */
  hintsAnnotation: string;
}

export interface TopologyDecision {
  mode: TopologyMode;
  /** Why, in kube-proxy's terms, one sentence per check made. */
  reasons: string[];
}

/**
 * Counts the hints of the Ready endpoints (the only ones topology looks at).
 *
 * @example
 * summarizeHints(endpoints).allZoneHints; // false as soon as one Ready endpoint lacks forZones
 */
export function summarizeHints(endpoints: readonly ProxyEndpoint[]): HintSummary {
  const summary: HintSummary = {
    readyCount: 0,
    allNodeHints: true,
    allZoneHints: true,
    nodeHintCounts: NO_COUNTS,
    zoneHintCounts: NO_COUNTS,
  };
  for (const ep of endpoints) {
    if (!ep.ready) continue;
    summary.readyCount++;
    if (ep.nodeHints.length === 0) {
      summary.allNodeHints = false;
      summary.firstWithoutNodeHint ??= ep;
    } else summary.nodeHintCounts = countHints(summary.nodeHintCounts, ep.nodeHints);
    if (ep.zoneHints.length === 0) {
      summary.allZoneHints = false;
      summary.firstWithoutZoneHint ??= ep;
    } else summary.zoneHintCounts = countHints(summary.zoneHintCounts, ep.zoneHints);
  }
  if (summary.readyCount === 0) summary.allNodeHints = summary.allZoneHints = false;
  return summary;
}

/**
 * The topology mode for a node and the reasons, for the version in `ctx`.
 *
 * @example
 * decideTopology(summarizeHints(eps), 'mnode-m02', 'zone-a', { minor: 34, gates, hintsAnnotation: '' }).mode;
 * // "PreferSameNode" when every Ready endpoint has a node hint and one names mnode-m02
 */
export function decideTopology(
  summary: HintSummary,
  nodeName: string,
  zone: string | undefined,
  ctx: TopologyContext,
  nodeLabel = `node ${nodeName}`,
): TopologyDecision {
  if (ctx.minor < 33) return canUseTopologyDecision(summary, zone, ctx, nodeLabel);
  const reasons: string[] = [];
  return { mode: fromHints(summary, nodeName, zone ?? '', ctx.gates, nodeLabel, reasons), reasons };
}

/**
 * decideTopology's mode without its reasons: no sentence is written (1.33+), for the thousands of
 * node classes whose reasons are written only if their trace is read.
 *
 * @example
 * decideTopologyMode(summarizeHints(eps), 'mnode-m02', 'zone-a', { minor: 34, gates, hintsAnnotation: '' }); // "PreferSameNode"
 */
export function decideTopologyMode(summary: HintSummary, nodeName: string, zone: string | undefined, ctx: TopologyContext): TopologyMode {
  if (ctx.minor < 33) return canUseTopologyDecision(summary, zone, ctx, 'this node').mode;
  return fromHints(summary, nodeName, zone ?? '', ctx.gates, '', undefined);
}

/** The mode; each check made is explained in `why` when given (optional calls build no sentence otherwise). */
function fromHints(
  s: HintSummary,
  nodeName: string,
  zone: string,
  gates: FeatureGates,
  nodeLabel: string,
  why: string[] | undefined,
): TopologyMode {
  if (s.readyCount === 0) {
    why?.push('no Ready endpoints, so there are no hints to consider');
    return '';
  }
  const n = s.readyCount;
  if (gates.PreferSameTrafficDistribution) {
    if (s.allNodeHints) {
      const k = s.nodeHintCounts.get(nodeName) ?? 0;
      if (k > 0) {
        why?.push(`all ${n} Ready endpoints have node hints and ${count(k)} for ${nodeName} → PreferSameNode`);
        return 'PreferSameNode';
      }
      why?.push(
        `all ${n} Ready endpoints have node hints but none is for ${nodeLabel} ("Ignoring same-node topology hints … no hints were provided for node") → trying zone hints`,
      );
    } else if (s.nodeHintCounts.size > 0) {
      why?.push(`endpoint ${describeEndpoint(s.firstWithoutNodeHint!)} has no node hint, so node topology is off for every node`);
    }
  }
  if (s.allZoneHints) {
    const k = zone ? (s.zoneHintCounts.get(zone) ?? 0) : 0;
    if (k > 0) {
      why?.push(`all ${n} Ready endpoints have zone hints and ${count(k)} for ${zone} → PreferSameZone`);
      return 'PreferSameZone';
    }
    if (!zone)
      why?.push(
        `${nodeLabel} has no ${ZONE_LABEL} label, so zone hints cannot match ("Ignoring same-zone topology hints … node is missing label") → all Ready endpoints`,
      );
    else
      why?.push(
        `no Ready endpoint is hinted for zone ${zone} ("Ignoring same-zone topology hints … no hints were provided for zone") → all Ready endpoints`,
      );
  } else if (s.zoneHintCounts.size > 0) {
    why?.push(
      `endpoint ${describeEndpoint(s.firstWithoutZoneHint!)} has no zone hint, so zone topology is off for every node → all Ready endpoints`,
    );
  } else if (why?.length === 0) {
    why.push('no Ready endpoint carries topology hints → all Ready endpoints');
  }
  return '';
}

function canUseTopologyDecision(s: HintSummary, zone: string | undefined, ctx: TopologyContext, nodeLabel: string): TopologyDecision {
  const { gates, hintsAnnotation } = ctx;
  const off = (reason: string): TopologyDecision => ({
    mode: '',
    reasons: [`${reason} → all Ready endpoints (canUseTopology, 1.30–1.32)`],
  });
  if (!gates.TopologyAwareHints && !gates.ServiceTrafficDistribution)
    return off('TopologyAwareHints and ServiceTrafficDistribution gates are off');
  // NOTE: with ServiceTrafficDistribution on, 1.31/1.32 kube-proxy ignores the annotation and
  // follows whatever hints the slices carry (pkg/proxy/topology.go before PR #130742).
  if (!gates.ServiceTrafficDistribution && (hintsAnnotation === '' || hintsAnnotation === 'disabled' || hintsAnnotation === 'Disabled')) {
    return off('ServiceTrafficDistribution gate is off and the Service has no enabled topology annotation');
  }
  if (s.readyCount === 0) return off('no Ready endpoints');
  if (!s.allZoneHints) {
    return off(
      s.zoneHintCounts.size
        ? `endpoint ${describeEndpoint(s.firstWithoutZoneHint!)} has no zone hint, so zone topology is off for every node`
        : 'no Ready endpoint carries zone hints',
    );
  }
  if (!zone)
    return off(`${nodeLabel} has no ${ZONE_LABEL} label ("Skipping topology aware endpoint filtering since node is missing label")`);
  const k = s.zoneHintCounts.get(zone) ?? 0;
  if (k === 0) return off(`no Ready endpoint is hinted for zone ${zone}`);
  return {
    mode: 'PreferSameZone',
    reasons: [`all ${s.readyCount} Ready endpoints have zone hints and ${count(k)} for ${zone} → topology on (zone filtering)`],
  };
}

// Most service ports carry no hints: their summaries share this map, which nothing writes to.
const NO_COUNTS: ReadonlyMap<string, number> = new Map();

/** Counts each distinct name of one endpoint's hints once; returns the (possibly new) map. */
function countHints(counts: ReadonlyMap<string, number>, names: readonly string[]): ReadonlyMap<string, number> {
  const out = counts === NO_COUNTS ? new Map<string, number>() : (counts as Map<string, number>);
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (names.indexOf(name) === i) out.set(name, (out.get(name) ?? 0) + 1);
  }
  return out;
}

function count(k: number): string {
  return k === 1 ? 'one is' : `${k} are`;
}
