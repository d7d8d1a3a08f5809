/**
 * The engine's stage callback, turned into progress messages a page can take: at most one every
 * PROGRESS_INTERVAL_MS. The engine calls it every few hundred documents or Services; posting each
 * call would queue thousands of messages on the page's thread.
 */
import type { StageCallback } from '../../engine';
import type { AnalysisProgress } from './protocol';

/** The least time between two progress messages. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * A stage callback that passes a call to `post` when PROGRESS_INTERVAL_MS have passed since the
 * last one it passed (the first call always passes).
 *
 * @example
 * const onStage = throttleProgress((progress) => scope.postMessage({ id, progress }));
 * analyzeFiles(files, { ...options, onStage });
 */
export function throttleProgress(
  post: (progress: AnalysisProgress) => void,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): StageCallback {
  let last = -Infinity;
  return (stage, done, total) => {
    const at = now();
    if (at - last < intervalMs) return;
    last = at;
    post({ stage, done, total });
  };
}
