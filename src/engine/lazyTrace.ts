/**
 * A trace kept as the recipe for it until someone reads it. Tens of thousands of node classes and
 * client routes carry a trace that most runs never show; building each array and sentence up front
 * was a large share of the engine's time. `trace` stays an own, enumerable property (an accessor
 * in its place in the key order), so JSON.stringify, structuredClone and postMessage still carry it.
 */
import type { TraceStep } from './report';

/**
 * Base of the report objects made by the ten thousand (node classes, client routes): each is its
 * own recipe (steps()), and what the recipe needs sits in the subclass's private fields, which no
 * JSON, clone, spread or equality check sees and which cost no property definition. A subclass
 * sets its leading fields, then calls installTrace where `trace` belongs in the key order.
 *
 * @example
 * class Route extends LazyTraceHolder {
 *   constructor(readonly node: string) { super(); this.installTrace(); }
 *   protected steps() { return [{ stage: 'client', rule: 'ClusterIP', message: `from ${this.node}` }]; }
 * }
 */
export abstract class LazyTraceHolder {
  #kept: TraceStep[] | undefined;

  /** The trace, written when first read. */
  protected abstract steps(): TraceStep[];

  protected installTrace(): void {
    Object.defineProperty(this, 'trace', LazyTraceHolder.#TRACE_PROPERTY);
  }

  // One getter and setter for every holder: V8 then shares the holders' hidden class.
  static readonly #TRACE_PROPERTY: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: LazyTraceHolder): TraceStep[] {
      return (this.#kept ??= this.steps());
    },
    set(this: LazyTraceHolder, steps: TraceStep[]) {
      this.#kept = steps;
    },
  };
}
