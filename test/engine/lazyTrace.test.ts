/** Lazy traces: written on first read, yet carried by JSON, structured clones and equality checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { LazyTraceHolder } from '../../src/engine/lazyTrace';
import type { TraceStep } from '../../src/engine/report';

const step = (message: string): TraceStep => ({ stage: 'kube-proxy', rule: 'r', message });

/** A holder as the engine's report objects are: leading fields, then the trace, then the rest. */
class Holder extends LazyTraceHolder {
  declare verdict: string;
  declare trace: TraceStep[];
  declare z: string;
  readonly #recipe: (holder: Holder) => TraceStep[];

  constructor(verdict: string, recipe: { steps: (holder: Holder) => TraceStep[] }, z?: string) {
    super();
    this.verdict = verdict;
    this.#recipe = recipe.steps;
    this.installTrace();
    if (z !== undefined) this.z = z;
  }

  protected steps(): TraceStep[] {
    return this.#recipe(this);
  }
}

describe('LazyTraceHolder', () => {
  it('builds the trace once, on first read, and keeps it', () => {
    let built = 0;
    const holder = new Holder('forward', { steps: () => (built++, [step('m')]) });
    expect(built).toBe(0);
    const first = holder.trace;
    expect(holder.trace).toBe(first);
    expect(built).toBe(1);
    expect(first).toEqual([step('m')]);
  });

  it('passes the holder to the recipe and keeps the key order it was defined in', () => {
    const holder = new Holder('forward', { steps: (h) => [step(`from ${h.z}`)] }, 'zz');
    expect(Object.keys(holder)).toEqual(['verdict', 'trace', 'z']);
    expect(JSON.stringify(holder)).toBe('{"verdict":"forward","trace":[{"stage":"kube-proxy","rule":"r","message":"from zz"}],"z":"zz"}');
  });

  it('takes an assigned trace instead of the recipe', () => {
    const holder = new Holder('forward', { steps: () => [step('recipe')] });
    holder.trace = [step('assigned')];
    expect(holder.trace).toEqual([step('assigned')]);
  });

  it('is carried by structuredClone (what postMessage does) and compared by toEqual, the recipe is not', () => {
    const holder = new Holder('drop', { steps: () => [step('m')] });
    const clone = structuredClone(holder);
    expect(Object.getOwnPropertyDescriptor(clone, 'trace')?.value).toEqual([step('m')]);
    expect(Object.getOwnPropertySymbols(clone)).toEqual([]);
    expect(Object.keys(clone)).toEqual(['verdict', 'trace']);
    expect(holder).toEqual({ verdict: 'drop', trace: [step('m')] });
    expect({ ...holder }).toEqual({ verdict: 'drop', trace: [step('m')] });
  });
});

describe('a report with lazy traces', () => {
  const dir = join(__dirname, '../../src/scenarios/seed-demo');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

  it('survives a structured clone with every route and class trace, as the analysis worker posts it', () => {
    const report = analyzeFiles(files, { kubernetesVersion: '1.34' });
    const clone = structuredClone(report);
    expect(report.routes.length).toBeGreaterThan(0);
    report.routes.forEach((route, i) => {
      expect(route.trace.length).toBeGreaterThan(1);
      expect(clone.routes[i]!.trace).toEqual(route.trace);
      expect(route.trace[0]!.message).toContain(`${route.from} (${route.fromIP}) on ${route.node}`);
    });
    report.serviceViews.forEach((group, g) =>
      group.classes.forEach((cls, c) => expect(clone.serviceViews[g]!.classes[c]!.trace).toEqual(cls.trace)),
    );
    expect(JSON.stringify(clone)).toBe(JSON.stringify(report));
  });

  it("starts a route's trace with its node's class trace after the client's own step", () => {
    const report = analyzeFiles(files, { kubernetesVersion: '1.34' });
    for (const route of report.routes) {
      const group = report.serviceViews.find((g) => g.service === route.service && g.port === route.port && g.traffic === 'internal')!;
      const cls = group.classes.find((c) => c.nodes.includes(route.node))!;
      expect(route.trace.slice(1, 1 + cls.trace.length)).toEqual(cls.trace);
    }
  });
});
