/**
 * One object per distinct trace step. Tens of thousands of node classes say the same few
 * sentences ("cluster endpoints for nodes in zone-a: 15 Ready"); the report keeps each once.
 */
import type { TraceStep } from '../report';

export class StepInterner {
  // Nested by stage and rule, then message: no key strings built per step.
  private readonly byStage = new Map<string, Map<string, Map<string, TraceStep>>>();
  private readonly singles = new Map<TraceStep, readonly TraceStep[]>();

  /**
   * The shared step equal to `step` (the first one seen becomes the shared one).
   *
   * @example
   * const interner = new StepInterner();
   * interner.step({ stage: 'kube-proxy', rule: 'r', message: 'm' }) === interner.step({ stage: 'kube-proxy', rule: 'r', message: 'm' }); // true
   */
  step(step: TraceStep): TraceStep {
    let byRule = this.byStage.get(step.stage);
    if (!byRule) this.byStage.set(step.stage, (byRule = new Map()));
    let byMessage = byRule.get(step.rule);
    if (!byMessage) byRule.set(step.rule, (byMessage = new Map()));
    const shared = byMessage.get(step.message);
    if (shared) return shared;
    byMessage.set(step.message, step);
    return step;
  }

  /**
   * The shared copies of `steps` in a list; a one-step list (most are) is itself shared, so
   * thousands of classes keeping the same verdict sentence keep one array.
   *
   * @example
   * const interner = new StepInterner();
   * interner.list([{ stage: 'kube-proxy', rule: 'r', message: 'm' }]) === interner.list([{ stage: 'kube-proxy', rule: 'r', message: 'm' }]); // true
   */
  list(steps: readonly TraceStep[]): readonly TraceStep[] {
    if (steps.length !== 1) return steps.map((step) => this.step(step));
    const shared = this.step(steps[0]!);
    let single = this.singles.get(shared);
    if (!single) this.singles.set(shared, (single = [shared]));
    return single;
  }

  /** Appends the shared copies of `steps` to `into`. */
  pushAll(into: TraceStep[], steps: readonly TraceStep[]): void {
    for (const step of steps) into.push(this.step(step));
  }
}
