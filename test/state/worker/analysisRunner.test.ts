import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import { createAnalysisRunner } from '../../../src/state/worker/analysisRunner';
import type { AnalysisRequest, AnalysisResponse } from '../../../src/state/worker/protocol';
import { analyzeFiles } from '../../../src/engine/analyze';
import { toWire } from '../../../src/engine/reportWire';
import { useBusy } from '../../../src/state/busyStore';
import { ParsedDocumentCache } from '../../../src/engine/analyze';
import { IncrementalAnalysis } from '../../../src/engine/incremental';
import { fromWire } from '../../../src/engine/reportWire';
import { answerRequest, type PostedReports } from '../../../src/state/worker/answerRequest';

/** A Worker that runs the real engine on a later macrotask, like a worker thread would. */
class InProcessWorker {
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null = null;
  received: number[] = [];
  postMessage(request: AnalysisRequest) {
    this.received.push(request.id);
    setTimeout(
      () =>
        this.onmessage?.({
          data: { id: request.id, report: structuredClone(toWire(analyzeFiles(request.files, request.options))) },
        } as MessageEvent<AnalysisResponse>),
      5,
    );
  }
  terminate() {}
}

/** A Worker that answers as the analysis worker does (answerRequest, keeping its files, analysis and last report). */
class AnsweringWorker {
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null = null;
  requests: AnalysisRequest[] = [];
  answers: AnalysisResponse[] = [];
  readonly #documents = new ParsedDocumentCache();
  readonly #written = new IncrementalAnalysis();
  readonly #posted: PostedReports = {};
  postMessage(request: AnalysisRequest) {
    const received = structuredClone(request);
    this.requests.push(received);
    setTimeout(() => {
      const answer = structuredClone(answerRequest(received, this.#documents, this.#written, undefined, this.#posted));
      this.answers.push(answer);
      this.onmessage?.({ data: answer } as MessageEvent<AnalysisResponse>);
    }, 5);
  }
  terminate() {}
}

describe('createAnalysisRunner', () => {
  it('runs small inputs on the main thread', async () => {
    let created = 0;
    const runner = createAnalysisRunner({ createWorker: () => (created++, new InProcessWorker() as unknown as Worker) });
    const report = await runner.run(seedDemo.files, { kubernetesVersion: '1.34' });
    expect(report?.pods.length).toBeGreaterThan(0);
    expect(created).toBe(0);
  });

  it('gives, edit after edit on the main thread, the report a fresh analysis gives', async () => {
    const runner = createAnalysisRunner({ createWorker: () => new InProcessWorker() as unknown as Worker });
    const service = seedDemo.files.find((f) => f.name === 'echo-service.yaml')!;
    const variants = ['PreferSameNode', 'PreferSameZone', undefined].map((value) =>
      seedDemo.files.map((f) =>
        f === service && value ? { ...f, text: f.text.replace(/^spec:\n/m, `spec:\n  trafficDistribution: ${value}\n`) } : f,
      ),
    );
    await runner.run(seedDemo.files, { kubernetesVersion: '1.34' });
    for (const files of variants) {
      const report = await runner.run(files, { kubernetesVersion: '1.34' });
      expect(JSON.parse(JSON.stringify(toWire(report!)))).toEqual(
        JSON.parse(JSON.stringify(toWire(analyzeFiles(files, { kubernetesVersion: '1.34' })))),
      );
    }
  });

  it('sends large inputs to the worker, latest wins while one is in flight', async () => {
    const worker = new InProcessWorker();
    const g = globalThis as { Worker?: unknown };
    const had = 'Worker' in g;
    g.Worker ??= class {};
    try {
      const runner = createAnalysisRunner({ threshold: 10, createWorker: () => worker as unknown as Worker });
      const first = runner.run(seedDemo.files, { kubernetesVersion: '1.34' });
      const second = runner.run(seedDemo.files, { kubernetesVersion: '1.33' });
      const third = runner.run(seedDemo.files, { kubernetesVersion: '1.32' });
      expect(await second).toBeNull();
      expect((await first)?.kubernetesVersion).toBe('1.34');
      expect((await third)?.kubernetesVersion).toBe('1.32');
      expect(worker.received).toEqual([1, 3]);
    } finally {
      if (!had) delete g.Worker;
    }
  });
});

/** A worker that tells two stages of request `id` (and one of an older request) before answering. */
class TellingWorker extends InProcessWorker {
  override postMessage(request: AnalysisRequest) {
    this.received.push(request.id);
    const send = (data: AnalysisResponse) => this.onmessage?.({ data } as MessageEvent<AnalysisResponse>);
    setTimeout(() => send({ id: request.id - 1, progress: { stage: 'routes', done: 1, total: 2 } }), 1);
    setTimeout(() => send({ id: request.id, progress: { stage: 'parse', done: 256, total: 600 } }), 2);
    setTimeout(() => this.seen.push(useBusy.getState().stage), 3);
    setTimeout(() => send({ id: request.id, progress: { stage: 'services', done: 10, total: 30 } }), 4);
    setTimeout(() => this.seen.push(useBusy.getState().stage), 5);
    setTimeout(() => send({ id: request.id, report: structuredClone(toWire(analyzeFiles(request.files, request.options))) }), 6);
  }
  seen: unknown[] = [];
}

describe('the worker’s progress', () => {
  it('shows the stage the worker tells for the run in flight, and none once it answers', async () => {
    const worker = new TellingWorker();
    const g = globalThis as { Worker?: unknown };
    const had = 'Worker' in g;
    g.Worker ??= class {};
    try {
      const runner = createAnalysisRunner({ threshold: 10, createWorker: () => worker as unknown as Worker });
      const report = await runner.run(seedDemo.files, { kubernetesVersion: '1.34' });
      expect(report?.kubernetesVersion).toBe('1.34');
      // The older request's progress is not this run's.
      expect(worker.seen).toEqual([
        { stage: 'parse', done: 256, total: 600 },
        { stage: 'services', done: 10, total: 30 },
      ]);
      expect(useBusy.getState()).toMatchObject({ since: null, stage: null });
    } finally {
      if (!had) delete g.Worker;
    }
  });

  it('forgets a cancelled run’s stage', async () => {
    const worker = new TellingWorker();
    const g = globalThis as { Worker?: unknown };
    const had = 'Worker' in g;
    g.Worker ??= class {};
    try {
      const runner = createAnalysisRunner({ threshold: 10, createWorker: () => worker as unknown as Worker });
      const run = runner.run(seedDemo.files, { kubernetesVersion: '1.34' });
      await new Promise((resolve) => setTimeout(resolve, 3));
      expect(useBusy.getState().stage).toEqual({ stage: 'parse', done: 256, total: 600 });
      useBusy.getState().cancelNow();
      expect(await run).toBeNull();
      expect(useBusy.getState()).toMatchObject({ since: null, stage: null, cancelled: true });
    } finally {
      if (!had) delete g.Worker;
    }
  });

  it('sends the worker only the files that changed, and rebuilds each report from what changed in it', async () => {
    const worker = new AnsweringWorker();
    const g = globalThis as { Worker?: unknown };
    const had = 'Worker' in g;
    g.Worker ??= class {};
    try {
      const runner = createAnalysisRunner({ threshold: 10, createWorker: () => worker as unknown as Worker });
      const options = { kubernetesVersion: '1.34' } as const;
      const scaled = (replicas: number) =>
        seedDemo.files.map((f) =>
          f.name === 'echo-pod.yaml' ? { ...f, text: f.text.replace(/replicas: 2\b/, `replicas: ${replicas}`) } : f,
        );
      for (const files of [seedDemo.files, scaled(3), scaled(1), seedDemo.files]) {
        const report = await runner.run(files, options);
        expect(JSON.stringify(report)).toEqual(JSON.stringify(fromWire(toWire(analyzeFiles(files, options)))));
      }
      // The first request carries every text; the next ones only echo-pod.yaml's, as deltas of the report before.
      expect(worker.requests[0]!.files.every((f) => f.text.length > 0)).toBe(true);
      for (const request of worker.requests.slice(1)) {
        if (request.kind === 'compare') throw new Error('a comparison');
        expect(request.files.filter((f) => f.text !== '').map((f) => f.name)).toEqual(['echo-pod.yaml']);
        expect(request.base).toBe(request.id - 1);
      }
      expect(worker.answers.slice(1).every((a) => 'patches' in a && a.patches !== undefined)).toBe(true);
      runner.dispose();
    } finally {
      if (!had) delete g.Worker;
    }
  });
});
