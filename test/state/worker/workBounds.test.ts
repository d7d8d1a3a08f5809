import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/engine';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import { useBusy } from '../../../src/state/busyStore';
import { createAnalysisRunner } from '../../../src/state/worker/analysisRunner';
import { boundDiagnostics, MAX_LISTED_DIAGNOSTICS } from '../../../src/state/worker/boundDiagnostics';
import type { AnalysisRequest } from '../../../src/state/worker/protocol';
import { estimatedPods } from '../../../src/state/worker/workEstimate';

const bigDeployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: echo}
spec:
  replicas: 150000
  selector: {matchLabels: {app: echo}}
  template:
    metadata: {labels: {app: echo}}
    spec: {containers: [{name: echo, image: echo}]}
`;

/** A worker that never answers: the analysis "grinds" until cancelled. */
class SilentWorker {
  onmessage = null;
  received: AnalysisRequest[] = [];
  terminated = false;
  postMessage(request: AnalysisRequest) {
    this.received.push(request);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('the thread is chosen by the work, not only by the text length', () => {
  it('reads the pods a short text asks for, in files and in the timeline', () => {
    expect(bigDeployment.length).toBeLessThan(300);
    expect(estimatedPods([{ name: 'd.yaml', text: bigDeployment }])).toBe(150_000);
    expect(estimatedPods(seedDemo.files)).toBeLessThan(10);
    expect(
      estimatedPods([], {
        timeline: {
          now: 1,
          events: [{ id: '1', at: 0, label: 'x', event: { type: 'deployment.scale', deployment: 'default/echo', replicas: 1e8 } }],
        },
      }),
    ).toBe(1e8);
  });

  it('sends a short text describing a large cluster to the worker, shows it busy, and Cancel ends the run', async () => {
    const worker = new SilentWorker();
    const g = globalThis as { Worker?: unknown };
    const had = 'Worker' in g;
    g.Worker ??= class {};
    try {
      const runner = createAnalysisRunner({ createWorker: () => worker as unknown as Worker });
      const run = runner.run([{ name: 'd.yaml', text: bigDeployment }], { kubernetesVersion: '1.34' });
      expect(worker.received).toHaveLength(1);
      expect(useBusy.getState().since).not.toBeNull();
      useBusy.getState().cancelNow();
      expect(await run).toBeNull();
      expect(worker.terminated).toBe(true);
      expect(useBusy.getState()).toMatchObject({ since: null, cancelled: true });
    } finally {
      if (!had) delete g.Worker;
    }
  });
});

describe('boundDiagnostics', () => {
  const diagnostic = (severity: Diagnostic['severity'], line: number): Diagnostic => ({
    file: 'big.yaml',
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
    severity,
    message: `${severity} ${line}`,
  });

  it('lists at most MAX_LISTED_DIAGNOSTICS, errors first, and counts the rest', () => {
    const all = [...Array.from({ length: 40_000 }, (_, i) => diagnostic('warning', i + 2)), diagnostic('error', 50_000)];
    const bounded = boundDiagnostics({ diagnostics: all });
    expect(bounded.diagnostics).toHaveLength(MAX_LISTED_DIAGNOSTICS + 1);
    expect(bounded.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(bounded.diagnostics.at(-1)?.message).toBe(
      '39,501 more diagnostics not listed (0 errors, 39501 warnings, 0 infos); `npm run route` lists them all',
    );
  });

  it('leaves a report that fits as it is', () => {
    const report = { diagnostics: [diagnostic('error', 1)] };
    expect(boundDiagnostics(report)).toBe(report);
  });
});
