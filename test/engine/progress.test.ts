import { describe, expect, it } from 'vitest';
import { analyzeFiles, analyzeObjects } from '../../src/engine/analyze';
import { IncrementalAnalysis } from '../../src/engine/incremental';
import type { AnalysisStage } from '../../src/engine/progress';
import { PROGRESS_EVERY } from '../../src/engine/progress';
import { SIZES, syntheticCluster } from '../bench/syntheticCluster';

type Call = [AnalysisStage, number, number];

/** The calls, and the stages in the order they were entered (a repeated call of one stage counted once). */
function record(): { calls: Call[]; onStage: (stage: AnalysisStage, done: number, total: number) => void; stages: () => AnalysisStage[] } {
  const calls: Call[] = [];
  return {
    calls,
    onStage: (stage, done, total) => calls.push([stage, done, total]),
    stages: () => calls.map((c) => c[0]).filter((stage, i, all) => i === 0 || all[i - 1] !== stage),
  };
}

/** Within each run of one stage: starts at 0, never goes back, ends at its total. */
function expectMonotonicRuns(calls: readonly Call[]): void {
  let start = 0;
  for (let i = 1; i <= calls.length; i++) {
    if (i < calls.length && calls[i]![0] === calls[start]![0]) continue;
    const run = calls.slice(start, i);
    expect(run[0]![1], `${run[0]![0]} starts at 0`).toBe(0);
    expect(run.at(-1)![1], `${run[0]![0]} ends at its total`).toBe(run.at(-1)![2]);
    for (let k = 1; k < run.length; k++) {
      expect(run[k]![1]).toBeGreaterThanOrEqual(run[k - 1]![1]);
      expect(run[k]![2]).toBe(run[0]![2]);
    }
    start = i;
  }
}

/** 600 YAML documents: 30 nodes, 540 pods, 30 Services. */
function yamlFiles() {
  const objects = syntheticCluster({ name: 'yaml', nodes: 30, pods: 540, services: 30, zones: 3, clients: 2, namespaces: 2 });
  return [{ name: 'cluster.yaml', text: objects.map((o) => JSON.stringify(o)).join('\n---\n') }];
}

describe('stage progress', () => {
  it('tells the pipeline’s stages in Kubernetes’ order, each from 0 to its total', () => {
    const { calls, onStage, stages } = record();
    const files = yamlFiles();
    const report = analyzeFiles(files, { onStage });
    expect(stages()).toEqual(['parse', 'decode', 'schedule', 'services', 'routes']);
    expectMonotonicRuns(calls);
    const totals = Object.fromEntries(calls.map(([stage, , total]) => [stage, total]));
    expect(totals).toEqual({
      parse: 600,
      decode: 600,
      schedule: 0,
      services: 30,
      routes: report.serviceViews.filter((g) => g.traffic === 'internal').length,
    });
    // Inside a long stage, every PROGRESS_EVERY items.
    expect(calls.filter(([stage]) => stage === 'parse').map(([, done]) => done)).toEqual([0, PROGRESS_EVERY, 2 * PROGRESS_EVERY, 600]);
  });

  it('changes nothing in the report', () => {
    const files = yamlFiles();
    expect(JSON.stringify(analyzeFiles(files, { onStage: () => {} }))).toBe(JSON.stringify(analyzeFiles(files)));
  });

  it('says the same for the same input, and counts objects given as objects', () => {
    const objects = syntheticCluster(SIZES[0]!);
    const first = record();
    const second = record();
    analyzeObjects(objects, { onStage: first.onStage });
    analyzeObjects(objects, { onStage: second.onStage });
    expect(first.calls).toEqual(second.calls);
    expect(first.stages()).toEqual(['decode', 'schedule', 'services', 'routes']);
    expect(first.calls[0]).toEqual(['decode', 0, objects.length]);
  });

  it('tells the timeline’s events before the live cluster is scheduled and routed', () => {
    const { calls, onStage, stages } = record();
    const files = yamlFiles();
    const events = [{ id: 'e1', at: 0, label: 'kubectl cordon node-1', event: { type: 'node.cordon' as const, node: 'node-1' } }];
    analyzeFiles(files, { onStage, timeline: { events, now: 5 } });
    expect(stages().slice(0, 4)).toEqual(['parse', 'decode', 'events', 'schedule']);
    expect(calls.find(([stage]) => stage === 'events')).toEqual(['events', 0, 1]);
    expectMonotonicRuns(calls);
  });

  it('is told by the incremental analysis: documents parsed, and a full run’s stages', () => {
    const { onStage, stages } = record();
    new IncrementalAnalysis().analyzeFiles(yamlFiles(), { onStage });
    expect(stages()).toEqual(['parse', 'decode', 'schedule', 'services', 'routes']);
  });
});
