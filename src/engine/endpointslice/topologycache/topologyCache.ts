/** The controller's view of zones and CPU (k8s.io/endpointslice topologycache.go TopologyCache). */
import type { EndpointSlice, Node } from '../../model';
import type { TraceStep } from '../../report';
import { listNames, step } from '../traceWords';
import { addHints, type AddHintsResult } from './addHints';
import { getAllocations } from './getAllocations';
import { setNodes, type NodeTopology } from './setNodes';

/**
 * Built once per analysis from all Nodes; hands out allocations and hints per Service.
 *
 * @example
 * const cache = new TopologyCache(nodes);
 * cache.addHints(slices, 'IPv4').trace; // why each zone got the hints it got
 */
export class TopologyCache {
  private topology: NodeTopology;

  constructor(nodes: readonly Node[] = []) {
    this.topology = setNodes(nodes);
  }

  /** SetNodes: recomputes CPU per zone. */
  setNodes(nodes: readonly Node[]): void {
    this.topology = setNodes(nodes);
  }

  get nodeTopology(): NodeTopology {
    return this.topology;
  }

  get sufficientNodeInfo(): boolean {
    return this.topology.sufficientNodeInfo;
  }

  get cpuRatiosByZone(): ReadonlyMap<string, number> | undefined {
    return this.topology.cpuRatiosByZone;
  }

  getAllocations(numEndpoints: number): ReturnType<typeof getAllocations> {
    return getAllocations(this.topology.cpuRatiosByZone, numEndpoints);
  }

  /** AddHints for the slices of one Service and address type (in place), preceded by the node accounting. */
  addHints(slices: readonly EndpointSlice[], addressType: string): AddHintsResult {
    const result = addHints(this.topology.cpuRatiosByZone, slices, addressType);
    result.trace.unshift(...this.describeNodes());
    return result;
  }

  /** The SetNodes outcome in plain words. */
  describeNodes(): TraceStep[] {
    const t = this.topology;
    const trace: TraceStep[] = [];
    if (t.excluded.length) {
      trace.push(step('TopologyCache.SetNodes', `not counted: ${listNames(t.excluded.map((e) => `${e.node} (${e.reason})`))}`));
    }
    if (!t.cpuRatiosByZone || !t.cpuByZone) {
      trace.push(step('TopologyCache.SetNodes', `insufficient node info: ${t.insufficientReason}`));
      return trace;
    }
    const zones = [...t.cpuRatiosByZone].map(([zone, ratio]) => `${zone} ${t.cpuByZone!.get(zone)}m CPU (ratio ${ratio.toFixed(3)})`);
    trace.push(step('TopologyCache.SetNodes', `allocatable CPU of Ready worker nodes per zone: ${zones.join(', ')}`));
    return trace;
  }
}
