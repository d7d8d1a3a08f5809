import { describe, expect, it } from 'vitest';
import { PROGRESS_INTERVAL_MS, throttleProgress } from '../../../src/state/worker/throttleProgress';
import type { AnalysisProgress } from '../../../src/state/worker/protocol';

describe('throttleProgress', () => {
  it('passes the first call, then at most one every PROGRESS_INTERVAL_MS', () => {
    let clock = 0;
    const posted: AnalysisProgress[] = [];
    const onStage = throttleProgress(
      (p) => posted.push(p),
      PROGRESS_INTERVAL_MS,
      () => clock,
    );
    onStage('parse', 0, 1000);
    clock = 40;
    onStage('parse', 256, 1000);
    clock = 99;
    onStage('decode', 0, 1000);
    clock = 100;
    onStage('decode', 256, 1000);
    clock = 150;
    onStage('decode', 512, 1000);
    clock = 260;
    onStage('services', 3, 20);
    expect(posted).toEqual([
      { stage: 'parse', done: 0, total: 1000 },
      { stage: 'decode', done: 256, total: 1000 },
      { stage: 'services', done: 3, total: 20 },
    ]);
  });
});
