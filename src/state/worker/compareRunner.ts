/**
 * Runs the policy comparison: synchronously for small workspaces (the panel shows it in the same
 * frame), in a worker of its own for large ones, decided by the work as the analysis runner
 * decides (the text and the simulated pods, once per analysis the comparison makes). Worker runs
 * are "latest wins": while one is in flight only the newest request waits, older ones resolve to null.
 */
import { compareChoices, type CompareOptions, type CompareResult, type SourceFile } from '../../engine';
import type { AnalyzeOptions } from '../../engine/analyze';
import type { AnalysisRequest, AnalysisResponse } from './protocol';
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

type Entry = { request: AnalysisRequest; resolve: (r: CompareResult | null) => void; reject: (e: Error) => void };

/**
 * A comparison runner with its own worker (so a comparison never waits behind, or supersedes, an analysis).
 *
 * @example
 * const runner = createCompareRunner();
 * const result = await runner.run(files, { kubernetesVersion: '1.34' }, { service: 'default/echo-svc' });
 */
export function createCompareRunner(options: CompareRunnerOptions = {}): CompareRunner {
  const createWorker = options.createWorker ?? defaultWorker;
  let worker: Worker | undefined;
  let nextId = 1;
  let inFlight: (Omit<Entry, 'request'> & { id: number }) | undefined;
  let queued: Entry | undefined;

  const isLarge: CompareRunner['isLarge'] = (files, analyzeOptions, compare) =>
    typeof Worker !== 'undefined' &&
    isLargeWork(files, analyzeOptions, {
      analyses: compareAnalyses(compare),
      ...(options.threshold ? { threshold: options.threshold } : {}),
    });

  const send = (entry: Entry) => {
    if (!worker) {
      worker = createWorker();
      worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
        const done = inFlight;
        if (!done || done.id !== event.data.id || 'progress' in event.data) return;
        inFlight = undefined;
        if ('comparison' in event.data) done.resolve(event.data.comparison);
        else if ('error' in event.data) done.reject(new Error(event.data.error));
        else done.reject(new Error('the worker answered a comparison with a report'));
        if (queued) {
          const next = queued;
          queued = undefined;
          send(next);
        }
      };
    }
    inFlight = { id: entry.request.id, resolve: entry.resolve, reject: entry.reject };
    worker.postMessage(entry.request);
  };

  return {
    isLarge,
    run(files, analyzeOptions, compare) {
      if (!isLarge(files, analyzeOptions, compare)) {
        queued?.resolve(null);
        queued = undefined;
        try {
          return Promise.resolve(compareChoices(files, analyzeOptions, compare));
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return new Promise((resolve, reject) => {
        const request: AnalysisRequest = {
          id: nextId++,
          kind: 'compare',
          files: files.map((f) => ({ name: f.name, text: f.text })),
          options: analyzeOptions,
          compare,
        };
        if (inFlight) {
          queued?.resolve(null);
          queued = { request, resolve, reject };
        } else send({ request, resolve, reject });
      });
    },
    cancel() {
      worker?.terminate();
      worker = undefined;
      inFlight?.resolve(null);
      queued?.resolve(null);
      inFlight = queued = undefined;
    },
  };
}
