/**
 * The shared tables of a report's wire form: every string once, every trace step and endpoint
 * once (as columns of numbers), and lists of them as runs of one array of numbers. Structured
 * clone copies a typed array in one piece, where it would copy a report's hundreds of thousands of
 * small objects one by one.
 *
 * Only objects in the form the engine makes travel this way (the same keys, in the same order,
 * of the expected types); anything else travels as it is, so that the report rebuilt from the
 * tables reads as the original, key for key.
 */
import type { Locality, TraceStep, TraceStage, WeightedEndpoint } from '../report';

/** What the page rebuilds the report's shared objects from (see WireReader). */
export interface WireTables {
  strings: string[];
  /** Per step: its stage, rule and message (string indices), three numbers a step. */
  steps: Int32Array;
  endpoints: WireEndpoints;
  /** List `i` is `items[starts[i]]` up to `items[starts[i + 1]]` (endpoints, steps, names or pairs). */
  starts: Int32Array;
  items: Int32Array;
  /** Values that do not have the engine's form, as they are: an index `-1 - i` refers to `verbatim[i]`. */
  verbatim: unknown[];
}

/** Endpoints column by column; `node` and `zone` are -1 when absent. */
export interface WireEndpoints {
  pod: Int32Array;
  ip: Int32Array;
  port: Float64Array;
  weight: Float64Array;
  locality: Uint8Array;
  /** READY | SERVING | TERMINATING bits. */
  flags: Uint8Array;
  node: Int32Array;
  zone: Int32Array;
}

export const LOCALITIES: readonly Locality[] = ['same-node', 'same-zone', 'cross-zone', 'unknown-zone'];
export const STAGES: readonly TraceStage[] = ['apiserver', 'scheduler', 'endpointslice-controller', 'kube-proxy', 'data-plane', 'client'];
export const READY = 1;
export const SERVING = 2;
export const TERMINATING = 4;

const ENDPOINT_KEYS = ['pod', 'ip', 'port', 'weight', 'locality', 'ready', 'serving', 'terminating'];
const STEP_KEYS = ['stage', 'rule', 'message'];

/**
 * Fills the tables while the report is written in its wire form. Objects are recognised by
 * identity: the engine shares its steps and endpoints, and the page gets them shared alike.
 *
 * @example
 * const writer = new WireWriter();
 * const list = writer.endpointList(report.routes[0].endpoints);
 * const tables = writer.tables();
 */
export class WireWriter {
  readonly #strings: string[] = [];
  readonly #stringIds = new Map<string, number>();
  readonly #steps: number[] = [];
  readonly #stepIds = new Map<unknown, number>();
  readonly #endpointIds = new Map<unknown, number>();
  readonly #ep = { pod: [] as number[], ip: [] as number[], port: [] as number[], weight: [] as number[] };
  readonly #epLocality: number[] = [];
  readonly #epFlags: number[] = [];
  readonly #epNode: number[] = [];
  readonly #epZone: number[] = [];
  readonly #starts: number[] = [0];
  readonly #items: number[] = [];
  readonly #verbatim: unknown[] = [];
  // Lists already written, by identity (one map per kind: an empty list may be any kind's).
  readonly #endpointLists = new Map<unknown, number>();
  readonly #stepLists = new Map<unknown, number>();
  readonly #nameLists = new Map<unknown, number>();

  /** The index of `text` in the strings table. */
  string(text: string): number {
    let id = this.#stringIds.get(text);
    if (id === undefined) {
      id = this.#strings.length;
      this.#strings.push(text);
      this.#stringIds.set(text, id);
    }
    return id;
  }

  /** The index of `text`, or -1 for undefined. */
  optionalString(text: string | undefined): number {
    return text === undefined ? -1 : this.string(text);
  }

  /** `value` kept as it is: the (negative) index that refers to it. */
  verbatim(value: unknown): number {
    this.#verbatim.push(value);
    return -this.#verbatim.length;
  }

  step(step: TraceStep): number {
    let id = this.#stepIds.get(step);
    if (id !== undefined) return id;
    if (isStep(step)) {
      id = this.#steps.length / 3;
      this.#steps.push(STAGES.indexOf(step.stage), this.string(step.rule), this.string(step.message));
    } else id = this.verbatim(step);
    this.#stepIds.set(step, id);
    return id;
  }

  endpoint(ep: WeightedEndpoint): number {
    let id = this.#endpointIds.get(ep);
    if (id !== undefined) return id;
    if (isEndpoint(ep)) {
      id = this.#epFlags.length;
      this.#ep.pod.push(this.string(ep.pod));
      this.#ep.ip.push(this.string(ep.ip));
      this.#ep.port.push(ep.port);
      this.#ep.weight.push(ep.weight);
      this.#epLocality.push(LOCALITIES.indexOf(ep.locality));
      this.#epFlags.push((ep.ready ? READY : 0) | (ep.serving ? SERVING : 0) | (ep.terminating ? TERMINATING : 0));
      this.#epNode.push(this.optionalString(ep.node));
      this.#epZone.push(this.optionalString(ep.zone));
    } else id = this.verbatim(ep);
    this.#endpointIds.set(ep, id);
    return id;
  }

  /** The list id of `list`, written once however many classes and routes share the array. */
  endpointList(list: readonly WeightedEndpoint[]): number {
    let id = this.#endpointLists.get(list);
    if (id === undefined) {
      for (const ep of list) this.#items.push(this.endpoint(ep));
      this.#endpointLists.set(list, (id = this.#endList()));
    }
    return id;
  }

  stepList(list: readonly TraceStep[]): number {
    let id = this.#stepLists.get(list);
    if (id === undefined) {
      for (const step of list) this.#items.push(this.step(step));
      this.#stepLists.set(list, (id = this.#endList()));
    }
    return id;
  }

  /** A list of node names (a class's nodes, or the nodes its zone leaves out). */
  nameList(list: readonly string[]): number {
    let id = this.#nameLists.get(list);
    if (id === undefined) {
      for (const name of list) this.#items.push(typeof name === 'string' ? this.string(name) : this.verbatim(name));
      this.#nameLists.set(list, (id = this.#endList()));
    }
    return id;
  }

  /**
   * Simulated request counts as pairs (key, count); undefined when a count is not a whole number
   * that fits (the route then travels as it is).
   */
  countList(counts: Record<string, number>): number | undefined {
    const keys = Object.keys(counts);
    for (const key of keys) if (!isInt32(counts[key])) return undefined;
    for (const key of keys) this.#items.push(this.string(key), counts[key]!);
    return this.#endList();
  }

  #endList(): number {
    this.#starts.push(this.#items.length);
    return this.#starts.length - 2;
  }

  /** How much the tables hold (strings, steps, endpoints, list items and verbatim values). */
  get size(): number {
    return this.#strings.length + this.#steps.length / 3 + this.#epFlags.length + this.#items.length + this.#verbatim.length;
  }

  /**
   * The tables, as the worker posts them: copies, so that a writer kept for the next report (whose
   * unchanged lists it then does not write again) leaves them as they are.
   */
  tables(): WireTables {
    return {
      strings: this.#strings.slice(),
      steps: Int32Array.from(this.#steps),
      endpoints: {
        pod: Int32Array.from(this.#ep.pod),
        ip: Int32Array.from(this.#ep.ip),
        port: Float64Array.from(this.#ep.port),
        weight: Float64Array.from(this.#ep.weight),
        locality: Uint8Array.from(this.#epLocality),
        flags: Uint8Array.from(this.#epFlags),
        node: Int32Array.from(this.#epNode),
        zone: Int32Array.from(this.#epZone),
      },
      starts: Int32Array.from(this.#starts),
      items: Int32Array.from(this.#items),
      verbatim: this.#verbatim.slice(),
    };
  }
}

export function isInt32(value: unknown): value is number {
  return typeof value === 'number' && (value | 0) === value && !Object.is(value, -0);
}

/** `keys` are exactly `expected`, in order. */
export function hasKeys(keys: readonly string[], expected: readonly string[]): boolean {
  if (keys.length !== expected.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== expected[i]) return false;
  return true;
}

function isStep(step: unknown): step is TraceStep {
  if (typeof step !== 'object' || step === null || Object.getPrototypeOf(step) !== Object.prototype) return false;
  const s = step as TraceStep;
  return hasKeys(Object.keys(s), STEP_KEYS) && STAGES.includes(s.stage) && typeof s.rule === 'string' && typeof s.message === 'string';
}

/** An endpoint of the engine's form: its keys in weighted()'s order, node and zone last when present. */
function isEndpoint(ep: unknown): ep is WeightedEndpoint {
  if (typeof ep !== 'object' || ep === null || Object.getPrototypeOf(ep) !== Object.prototype) return false;
  const e = ep as WeightedEndpoint;
  const keys = Object.keys(e);
  const base = keys.length - (e.node !== undefined ? 1 : 0) - (e.zone !== undefined ? 1 : 0);
  if (!hasKeys(keys.slice(0, base), ENDPOINT_KEYS)) return false;
  const rest = keys.slice(base);
  const expectedRest = [...(e.node !== undefined ? ['node'] : []), ...(e.zone !== undefined ? ['zone'] : [])];
  return (
    hasKeys(rest, expectedRest) &&
    typeof e.pod === 'string' &&
    typeof e.ip === 'string' &&
    typeof e.port === 'number' &&
    typeof e.weight === 'number' &&
    LOCALITIES.includes(e.locality) &&
    typeof e.ready === 'boolean' &&
    typeof e.serving === 'boolean' &&
    typeof e.terminating === 'boolean' &&
    (e.node === undefined || typeof e.node === 'string') &&
    (e.zone === undefined || typeof e.zone === 'string')
  );
}
