/**
 * How much work an analysis is, read cheaply from the text: a 300-character Deployment with
 * `replicas: 150000` is a large cluster, so the choice of thread cannot rest on text length alone.
 */
import type { AnalyzeOptions } from '../../engine/analyze';
import type { SourceFile } from '../../engine';

/** Above this much YAML (in UTF-16 code units, close enough to bytes) the engine runs in the worker. */
export const WORKER_THRESHOLD = 100_000;
/** Above this many simulated pods (read from `replicas:`) the engine runs in the worker, whatever the text's length. */
export const WORKER_POD_THRESHOLD = 2_000;

const REPLICAS = /^[ \t-]*replicas:[ \t]*["']?(\d+)/gm;

/** Pods the analysis may simulate: the sum of every `replicas:` written (files, and the timeline's applies and scales). */
export function estimatedPods(files: readonly SourceFile[], options: Pick<AnalyzeOptions, 'timeline'> = {}): number {
  let pods = 0;
  const scan = (text: string) => {
    REPLICAS.lastIndex = 0;
    for (let match = REPLICAS.exec(text); match; match = REPLICAS.exec(text)) pods += Math.min(Number(match[1]), 1e9);
  };
  for (const file of files) scan(file.text);
  for (const entry of options.timeline?.events ?? []) {
    const event = entry.event as { type?: string; replicas?: unknown; text?: unknown };
    if (event.type === 'deployment.scale' && typeof event.replicas === 'number') pods += Math.min(event.replicas, 1e9);
    if (event.type === 'apply' && typeof event.text === 'string') scan(event.text);
  }
  return pods;
}

/**
 * Whether running the engine `analyses` times on `files` is work for the worker: more text than
 * `threshold` or more simulated pods than WORKER_POD_THRESHOLD, each counted once per analysis
 * (a comparison analyses the cluster once per choice).
 *
 * @example
 * isLargeWork(seedDemo.files, {}); // false
 * isLargeWork([{ name: 'd.yaml', text: 'kind: Deployment\nspec:\n  replicas: 500\n' }], {}, { analyses: 6 }); // true
 */
export function isLargeWork(
  files: readonly SourceFile[],
  options: Pick<AnalyzeOptions, 'timeline'>,
  { threshold = WORKER_THRESHOLD, analyses = 1 }: { threshold?: number; analyses?: number } = {},
): boolean {
  const size = files.reduce((sum, f) => sum + f.text.length, 0);
  return size * analyses > threshold || estimatedPods(files, options) * analyses > WORKER_POD_THRESHOLD;
}
