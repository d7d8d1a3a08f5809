/**
 * The comparison's runner: small workspaces are compared on the spot, large ones in the worker
 * (here a stand-in that runs the worker's own request handler a macrotask later, with a structured
 * clone as postMessage makes), latest wins, Cancel drops the run, the timeline's moment travels.
 */
import { describe, expect, it } from 'vitest';
import { compareChoices, ParsedDocumentCache, type TimelineEvent } from '../../../src/engine';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import { answerRequest } from '../../../src/state/worker/answerRequest';
import { compareAnalyses, createCompareRunner } from '../../../src/state/worker/compareRunner';
import type { AnalysisRequest, AnalysisResponse } from '../../../src/state/worker/protocol';
import { isLargeWork, WORKER_POD_THRESHOLD } from '../../../src/state/worker/workEstimate';

class InProcessWorker {
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null = null;
  received: AnalysisRequest[] = [];
  terminated = false;
  private documents = new ParsedDocumentCache();
  postMessage(request: AnalysisRequest) {
    this.received.push(request);
    const answer = structuredClone(answerRequest(structuredClone(request), this.documents));
    setTimeout(() => !this.terminated && this.onmessage?.({ data: answer } as MessageEvent<AnalysisResponse>), 5);
  }
  terminate() {
    this.terminated = true;
  }
}

/** Runs `body` where `Worker` exists, as in a browser. */
async function withWorkerGlobal(body: () => Promise<void>) {
  const g = globalThis as { Worker?: unknown };
  const had = 'Worker' in g;
  g.Worker ??= class {};
  try {
    await body();
  } finally {
    if (!had) delete g.Worker;
  }
}

const SERVICE = { service: 'default/echo-svc' };
const drain: TimelineEvent = {
  id: 'd',
  at: 0,
  event: { type: 'node.drain', node: 'mnode-m03', force: true },
  label: 'kubectl drain mnode-m03',
};

describe('isLargeWork and compareAnalyses', () => {
  it('count the work once per analysis: a comparison of 400 pods is large where one analysis of them is not', () => {
    const files = [{ name: 'd.yaml', text: 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 400\n' }];
    expect(isLargeWork(files, {})).toBe(false);
    expect(400 * compareAnalyses({}) > WORKER_POD_THRESHOLD).toBe(true);
    expect(isLargeWork(files, {}, { analyses: compareAnalyses({}) })).toBe(true);
    expect(compareAnalyses({ failure: { kind: 'local-pod' } })).toBeGreaterThan(compareAnalyses({}));
    expect(isLargeWork(seedDemo.files, {}, { analyses: compareAnalyses({ failure: { kind: 'local-pod' } }) })).toBe(false);
  });
});

describe('createCompareRunner', () => {
  it('compares a small workspace on the spot, without a worker', async () => {
    await withWorkerGlobal(async () => {
      let created = 0;
      const runner = createCompareRunner({ createWorker: () => (created++, new InProcessWorker() as unknown as Worker) });
      expect(runner.isLarge(seedDemo.files, {}, SERVICE)).toBe(false);
      const result = await runner.run(seedDemo.files, { kubernetesVersion: '1.34' }, SERVICE);
      expect(result).toEqual(compareChoices(seedDemo.files, { kubernetesVersion: '1.34' }, SERVICE));
      expect(created).toBe(0);
    });
  });

  it('sends a large one to the worker: the same comparison comes back, latest wins while one is in flight', async () => {
    await withWorkerGlobal(async () => {
      const worker = new InProcessWorker();
      const runner = createCompareRunner({ threshold: 10, createWorker: () => worker as unknown as Worker });
      expect(runner.isLarge(seedDemo.files, {}, SERVICE)).toBe(true);
      const first = runner.run(seedDemo.files, { kubernetesVersion: '1.34' }, SERVICE);
      const second = runner.run(seedDemo.files, { kubernetesVersion: '1.33' }, SERVICE);
      const third = runner.run(seedDemo.files, { kubernetesVersion: '1.32' }, { ...SERVICE, failure: { kind: 'local-pod' } });
      expect(await second).toBeNull();
      expect(await first).toEqual(compareChoices(seedDemo.files, { kubernetesVersion: '1.34' }, SERVICE));
      const last = await third;
      expect(last && 'comparison' in last ? last.comparison.kubernetesVersion : last).toBe('1.32');
      expect(last && 'comparison' in last ? last.comparison.failure?.label : undefined).toMatch(/kubectl delete pod echo-/);
      expect(worker.received.map((r) => [r.id, r.kind])).toEqual([
        [1, 'compare'],
        [3, 'compare'],
      ]);
    });
  });

  it('the timeline travels to the worker: the live cluster after a drain is compared', async () => {
    await withWorkerGlobal(async () => {
      const worker = new InProcessWorker();
      const runner = createCompareRunner({ threshold: 10, createWorker: () => worker as unknown as Worker });
      const result = await runner.run(seedDemo.files, { kubernetesVersion: '1.34', timeline: { events: [drain], now: 60 } }, SERVICE);
      if (!result || !('comparison' in result)) throw new Error('no comparison');
      expect(result.comparison.moment).toEqual({ now: 60, events: 1 });
      // The echo pod on mnode-m03 was evicted; its Deployment's replacement can only go to mnode-m02 (cordoned
      // mnode-m03, the control plane's taint), so even unset keeps all of the client's traffic on its node.
      const unset = result.comparison.columns.find((c) => c.choice.id === 'unset')!;
      expect(result.topology.compared.pods.filter((p) => p.key.startsWith('default/echo-')).map((p) => p.node)).toEqual([
        'mnode-m02',
        'mnode-m02',
      ]);
      expect(unset.figures.overall.sameNode).toBe(1);
    });
  });

  it('Cancel ends the worker and resolves the run to null; the next run starts a new worker', async () => {
    await withWorkerGlobal(async () => {
      const workers: InProcessWorker[] = [];
      const runner = createCompareRunner({
        threshold: 10,
        createWorker: () => (workers.push(new InProcessWorker()), workers.at(-1) as unknown as Worker),
      });
      const cancelled = runner.run(seedDemo.files, {}, SERVICE);
      runner.cancel();
      expect(await cancelled).toBeNull();
      expect(workers[0]!.terminated).toBe(true);
      const next = await runner.run(seedDemo.files, {}, SERVICE);
      expect(next && 'comparison' in next).toBe(true);
      expect(workers).toHaveLength(2);
    });
  });

  it("rejects with the worker's error", async () => {
    await withWorkerGlobal(async () => {
      const failing = {
        onmessage: null as ((event: MessageEvent<AnalysisResponse>) => void) | null,
        postMessage(request: AnalysisRequest) {
          setTimeout(() => this.onmessage?.({ data: { id: request.id, error: 'out of memory' } } as MessageEvent<AnalysisResponse>), 1);
        },
        terminate() {},
      };
      const runner = createCompareRunner({ threshold: 10, createWorker: () => failing as unknown as Worker });
      await expect(runner.run(seedDemo.files, {}, SERVICE)).rejects.toThrow('out of memory');
    });
  });
});
