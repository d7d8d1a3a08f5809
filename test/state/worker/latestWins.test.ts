/**
 * The worker channel both runners share: one request in flight, only the newest waits, an error
 * or an answer of the wrong kind rejects, progress reaches only the run in flight, Cancel ends
 * the worker and resolves what was pending to null.
 */
import { describe, expect, it } from 'vitest';
import { latestWins } from '../../../src/state/worker/latestWins';
import type { AnalysisRequest, AnalysisResponse } from '../../../src/state/worker/protocol';

/** A worker whose answers the test sends by hand. */
class ManualWorker {
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null = null;
  posted: AnalysisRequest[] = [];
  terminated = false;
  postMessage(request: AnalysisRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: AnalysisResponse) {
    this.onmessage?.({ data } as MessageEvent<AnalysisResponse>);
  }
}

const request = (id: number): AnalysisRequest => ({ id, kind: 'compare', files: [], options: {}, compare: { service: `s${id}` } });
const comparisonOf = (id: number) => ({ id, comparison: { service: `s${id}` } }) as unknown as AnalysisResponse;

function channelWith(workers: ManualWorker[], events: string[] = []) {
  return latestWins<string>({
    createWorker: () => (workers.push(new ManualWorker()), workers.at(-1) as unknown as Worker),
    answer: (data) => {
      if (!('comparison' in data)) throw new Error('not a comparison');
      return (data.comparison as unknown as { service: string }).service;
    },
    onProgress: (p) => events.push(`progress ${p.stage}`),
    onPosted: () => events.push('posted'),
    onIdle: () => events.push('idle'),
  });
}

describe('latestWins', () => {
  it('posts one request at a time; a newer one replaces the waiting one, which resolves to null', async () => {
    const workers: ManualWorker[] = [];
    const events: string[] = [];
    const channel = channelWith(workers, events);
    const first = channel.submit(request);
    const second = channel.submit(request);
    const third = channel.submit(request);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted.map((r) => r.id)).toEqual([1]);
    expect(await second).toBeNull();
    workers[0]!.answer(comparisonOf(1));
    expect(await first).toBe('s1');
    expect(workers[0]!.posted.map((r) => r.id)).toEqual([1, 3]);
    workers[0]!.answer(comparisonOf(3));
    expect(await third).toBe('s3');
    expect(events).toEqual(['posted', 'posted', 'idle']);
  });

  it('passes progress of the run in flight only, and ignores answers to other ids', async () => {
    const workers: ManualWorker[] = [];
    const events: string[] = [];
    const channel = channelWith(workers, events);
    const run = channel.submit(request);
    workers[0]!.answer({ id: 1, progress: { stage: 'parse', done: 1, total: 2 } });
    workers[0]!.answer({ id: 7, progress: { stage: 'routes', done: 1, total: 2 } });
    workers[0]!.answer(comparisonOf(7));
    workers[0]!.answer(comparisonOf(1));
    expect(await run).toBe('s1');
    expect(events).toEqual(['posted', 'progress parse', 'idle']);
  });

  it("rejects on the worker's error and on an answer of the wrong kind, and goes on with the next", async () => {
    const workers: ManualWorker[] = [];
    const channel = channelWith(workers);
    const failing = channel.submit(request);
    const wrongKind = channel.submit(request);
    workers[0]!.answer({ id: 1, error: 'boom' });
    await expect(failing).rejects.toThrow('boom');
    workers[0]!.answer({ id: 2, report: {} } as unknown as AnalysisResponse);
    await expect(wrongKind).rejects.toThrow('not a comparison');
  });

  it('cancel ends the worker, resolves the pending runs to null, and the next run starts a new worker', async () => {
    const workers: ManualWorker[] = [];
    const channel = channelWith(workers);
    const inFlight = channel.submit(request);
    const waiting = channel.submit(request);
    channel.cancel();
    expect(await inFlight).toBeNull();
    expect(await waiting).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    const next = channel.submit(request);
    expect(workers).toHaveLength(2);
    workers[1]!.answer(comparisonOf(3));
    expect(await next).toBe('s3');
  });

  it('dropQueued resolves the waiting run to null and leaves the one in flight', async () => {
    const workers: ManualWorker[] = [];
    const channel = channelWith(workers);
    const inFlight = channel.submit(request);
    const waiting = channel.submit(request);
    channel.dropQueued();
    expect(await waiting).toBeNull();
    workers[0]!.answer(comparisonOf(1));
    expect(await inFlight).toBe('s1');
    expect(workers[0]!.posted).toHaveLength(1);
  });
});
