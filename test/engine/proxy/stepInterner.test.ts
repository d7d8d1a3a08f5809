import { describe, expect, it } from 'vitest';
import { StepInterner } from '../../../src/engine/proxy/stepInterner';
import type { TraceStep } from '../../../src/engine/report';

const step = (stage: TraceStep['stage'], rule: string, message: string): TraceStep => ({ stage, rule, message });

describe('StepInterner', () => {
  it('returns the first of equal steps and keeps steps that differ in stage, rule or message apart', () => {
    const interner = new StepInterner();
    const first = step('kube-proxy', 'CategorizeEndpoints', 'cluster endpoints for nodes in zone-a: 3 Ready');
    expect(interner.step(first)).toBe(first);
    expect(interner.step(step('kube-proxy', 'CategorizeEndpoints', 'cluster endpoints for nodes in zone-a: 3 Ready'))).toBe(first);
    const others = [
      step('data-plane', 'CategorizeEndpoints', first.message),
      step('kube-proxy', 'topologyModeFromHints', first.message),
      step('kube-proxy', 'CategorizeEndpoints', 'cluster endpoints for nodes in zone-b: 3 Ready'),
    ];
    for (const other of others) expect(interner.step(other)).toBe(other);
  });

  it('appends shared copies in order', () => {
    const interner = new StepInterner();
    const a = interner.step(step('kube-proxy', 'r', 'a'));
    const into: TraceStep[] = [];
    interner.pushAll(into, [step('kube-proxy', 'r', 'b'), step('kube-proxy', 'r', 'a')]);
    expect(into.map((s) => s.message)).toEqual(['b', 'a']);
    expect(into[1]).toBe(a);
  });

  it('shares one-step lists and makes longer lists of shared steps', () => {
    const interner = new StepInterner();
    const single = interner.list([step('kube-proxy', 'r', 'a')]);
    expect(interner.list([step('kube-proxy', 'r', 'a')])).toBe(single);
    expect(interner.list([step('kube-proxy', 'r', 'b')])).not.toBe(single);
    const pair = interner.list([step('kube-proxy', 'r', 'b'), step('kube-proxy', 'r', 'a')]);
    expect(pair.map((s) => s.message)).toEqual(['b', 'a']);
    expect(pair[1]).toBe(single[0]);
  });
});
