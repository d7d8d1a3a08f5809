/**
 * A trace kept as the recipe for it until someone reads it. Tens of thousands of node classes and
 * client routes carry a trace that most runs never show; building each array and sentence up front
 * was a large share of the engine's time. `trace` stays an own, enumerable property (an accessor
 * in its place in the key order), so JSON.stringify, structuredClone and postMessage still carry it.
 */
import type { TraceStep } from './report';

/** Builds a trace on first read; `holder` is the object whose trace it is. */
export interface TraceRecipe {
  steps(holder: object): TraceStep[];
}

/**
 * Base of the report objects made by the ten thousand (node classes, client routes): the recipe
 * (often the object itself) sits in a private field, which no JSON, clone, spread or equality
 * check sees and which costs no property definition. A subclass sets its leading fields, then
 * calls installTrace where `trace` belongs in the key order.
 *
 * @example
 * class Route extends LazyTraceHolder {
 *   constructor(readonly node: string, recipe: TraceRecipe) { super(); this.installTrace(recipe); }
 * }
 */
export class LazyTraceHolder {
  #kept: TraceRecipe | TraceStep[] | undefined;

  protected installTrace(recipe: TraceRecipe): void {
    this.#kept = recipe;
    Object.defineProperty(this, 'trace', TRACE_PROPERTY);
  }

  /** The trace, built from the recipe on first read (then kept). */
  static traceOf(holder: LazyTraceHolder): TraceStep[] {
    const kept = holder.#kept!;
    if (Array.isArray(kept)) return kept;
    const steps = kept.steps(holder);
    holder.#kept = steps;
    return steps;
  }

  static assignTrace(holder: LazyTraceHolder, steps: TraceStep[]): void {
    holder.#kept = steps;
  }
}

// One getter and setter for every holder: V8 then shares the holders' hidden class.
const TRACE_PROPERTY: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: LazyTraceHolder): TraceStep[] {
    return LazyTraceHolder.traceOf(this);
  },
  set(this: LazyTraceHolder, steps: TraceStep[]) {
    LazyTraceHolder.assignTrace(this, steps);
  },
};
