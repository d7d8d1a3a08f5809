/**
 * The page's side of the wire tables: strings, steps, endpoints and lists made into the report's
 * objects when first read, each once, so that what the engine shared stays shared.
 */
import type { TraceStep, WeightedEndpoint } from '../report';
import { LOCALITIES, READY, SERVING, STAGES, TERMINATING, type WireTables } from './wireWriter';

/**
 * Reads the tables a WireWriter wrote.
 *
 * @example
 * const reader = new WireReader(wire.tables);
 * reader.endpoints(listId)[0].pod; // "ns-0/app-0-0"
 */
export class WireReader {
  readonly #t: WireTables;
  readonly #steps: (TraceStep | undefined)[] = [];
  readonly #endpoints: (WeightedEndpoint | undefined)[] = [];
  readonly #endpointLists: (WeightedEndpoint[] | undefined)[] = [];
  readonly #stepLists: (TraceStep[] | undefined)[] = [];
  readonly #nameLists: (string[] | undefined)[] = [];

  constructor(tables: WireTables) {
    this.#t = tables;
  }

  string(id: number): string {
    return this.#t.strings[id]!;
  }

  optionalString(id: number): string | undefined {
    return id < 0 ? undefined : this.#t.strings[id];
  }

  step(id: number): TraceStep {
    if (id < 0) return this.#verbatim(id) as TraceStep;
    let step = this.#steps[id];
    if (!step) {
      const s = this.#t.steps;
      step = { stage: STAGES[s[id * 3]!]!, rule: this.string(s[id * 3 + 1]!), message: this.string(s[id * 3 + 2]!) };
      this.#steps[id] = step;
    }
    return step;
  }

  endpoint(id: number): WeightedEndpoint {
    if (id < 0) return this.#verbatim(id) as WeightedEndpoint;
    let ep = this.#endpoints[id];
    if (!ep) {
      const e = this.#t.endpoints;
      const pod = this.string(e.pod[id]!);
      const ip = this.string(e.ip[id]!);
      const port = e.port[id]!;
      const weight = e.weight[id]!;
      const locality = LOCALITIES[e.locality[id]!]!;
      const flags = e.flags[id]!;
      const [ready, serving, terminating] = [(flags & READY) !== 0, (flags & SERVING) !== 0, (flags & TERMINATING) !== 0];
      const node = this.optionalString(e.node[id]!);
      const zone = this.optionalString(e.zone[id]!);
      // In the engine's key order (weighted()): node and zone last, when present.
      if (node !== undefined && zone !== undefined) ep = { pod, ip, port, weight, locality, ready, serving, terminating, node, zone };
      else {
        ep = { pod, ip, port, weight, locality, ready, serving, terminating };
        if (node !== undefined) ep.node = node;
        if (zone !== undefined) ep.zone = zone;
      }
      this.#endpoints[id] = ep;
    }
    return ep;
  }

  endpoints(list: number): WeightedEndpoint[] {
    return (this.#endpointLists[list] ??= this.#map(list, (id) => this.endpoint(id)));
  }

  steps(list: number): TraceStep[] {
    return (this.#stepLists[list] ??= this.#map(list, (id) => this.step(id)));
  }

  names(list: number): string[] {
    return (this.#nameLists[list] ??= this.#map(list, (id) => (id < 0 ? (this.#verbatim(id) as string) : this.string(id))));
  }

  /** Simulated request counts, a new object each time (every route has its own). */
  counts(list: number): Record<string, number> {
    const { starts, items } = this.#t;
    const out: Record<string, number> = {};
    for (let i = starts[list]!; i < starts[list + 1]!; i += 2) out[this.string(items[i]!)] = items[i + 1]!;
    return out;
  }

  /** How many items list `list` has. */
  size(list: number): number {
    return this.#t.starts[list + 1]! - this.#t.starts[list]!;
  }

  #map<T>(list: number, item: (id: number) => T): T[] {
    const { starts, items } = this.#t;
    const from = starts[list]!;
    const out = new Array<T>(starts[list + 1]! - from);
    for (let i = 0; i < out.length; i++) out[i] = item(items[from + i]!);
    return out;
  }

  #verbatim(id: number): unknown {
    return this.#t.verbatim[-1 - id];
  }
}
