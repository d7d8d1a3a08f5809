/**
 * Runs the policy comparison: synchronously for small workspaces (the panel shows it in the same
 * frame), in a worker of its own for large ones, decided by the work as the analysis runner
 * decides (the text and the simulated pods, once per analysis the comparison makes). Worker runs
 * are "latest wins": while one is in flight only the newest request waits, older ones resolve to null.
 */
import { compareChoices, type CompareOptions, type CompareResult, type SourceFile } from '../../engine';
import type { AnalyzeOptions } from '../../engine/analyze';
import { latestWins } from './latestWins';
import { isLargeWork } from './workEstimate';

/** Analyses a comparison makes, at most: the state compared, then one per column (six at most), twice with a failure. */
export function compareAnalyses(compare: CompareOptions): number {
  return compare.failure ? 13 : 7;
}

export interface CompareRunner {
  /** True when this comparison would run in the worker (and `run` answers later). */
  isLarge(files: readonly SourceFile[], options: AnalyzeOptions, compare: CompareOptions): boolean;
  /** The comparison; null when a newer request superseded this one or it was cancelled. */
  run(files: readonly SourceFile[], options: AnalyzeOptions, compare: CompareOptions): Promise<CompareResult | null>;
  /** Stops the worker's run (the worker is ended; the next run starts a new one). */
  cancel(): void;
}

export interface CompareRunnerOptions {
  threshold?: number;
  createWorker?: () => Worker;
}

function defaultWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'compare' });
}

/**
 * A comparison runner with its own worker (so a comparison never waits behind, or supersedes, an analysis).
 *
 * @example
 * const runner = createCompareRunner();
 * const result = await runner.run(files, { kubernetesVersion: '1.34' }, { service: 'default/echo-svc' });
 */
export function createCompareRunner(options: CompareRunnerOptions = {}): CompareRunner {
  const createWorker = options.createWorker ?? defaultWorker;
  const channel = latestWins<CompareResult>({
    createWorker,
    answer: (data) => {
      if (!('comparison' in data)) throw new Error('the worker answered a comparison with a report');
      return data.comparison;
    },
  });
  const isLarge: CompareRunner['isLarge'] = (files, analyzeOptions, compare) =>
    typeof Worker !== 'undefined' &&
    isLargeWork(files, analyzeOptions, {
      analyses: compareAnalyses(compare),
      ...(options.threshold ? { threshold: options.threshold } : {}),
    });

  return {
    isLarge,
    run(files, analyzeOptions, compare) {
      if (!isLarge(files, analyzeOptions, compare)) {
        channel.dropQueued();
        try {
          return Promise.resolve(compareChoices(files, analyzeOptions, compare));
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return channel.submit((id) => ({
        id,
        kind: 'compare',
        files: files.map((f) => ({ name: f.name, text: f.text })),
        options: analyzeOptions,
        compare,
      }));
    },
    cancel: channel.cancel,
  };
}
