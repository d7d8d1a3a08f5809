/**
 * Runs the engine: synchronously on the main thread for small workspaces (a keystroke shows in
 * the same frame), in a Web Worker above a size threshold. Worker runs are "latest wins": while
 * one is in flight only the newest request waits, older ones resolve to null.
 */
import type { IncrementalAnalysis } from '../../engine/incremental';
import { eventsByNow, ParsedDocumentCache } from '../../engine';
import type { SourceFile, RoutingReport } from '../../engine';
import { useBusy } from '../busyStore';
import { boundDiagnostics } from './boundDiagnostics';
import type { AnalysisRequest, AnalysisResponse, WorkerAnalyzeOptions } from './protocol';
import { isLargeWork, WORKER_THRESHOLD } from './workEstimate';

export interface AnalysisRunner {
  /** The report, or null when a newer request superseded this one. */
  run(files: readonly SourceFile[], options: WorkerAnalyzeOptions): Promise<RoutingReport | null>;
  dispose(): void;
}

export interface RunnerOptions {
  threshold?: number;
  createWorker?: () => Worker;
}

function defaultWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
}

let analyzeModule: Promise<typeof import('../../engine/analyze')> | undefined;
const loadAnalyze = () => (analyzeModule ??= import('../../engine/analyze'));
// The pipeline itself loads beside the first render rather than before it: the page's first JS stays small.
let pipelineModule: Promise<typeof import('../../engine/incremental')> | undefined;
const loadPipeline = () => (pipelineModule ??= import('../../engine/incremental'));

export function createAnalysisRunner(options: RunnerOptions = {}): AnalysisRunner {
  const threshold = options.threshold ?? WORKER_THRESHOLD;
  const createWorker = options.createWorker ?? defaultWorker;
  // The YAML documents of this runner's workspace: a keystroke re-parses the document it changed.
  const documents = new ParsedDocumentCache();
  // The previous analysis of the files as written: an edit of Services alone redoes only what depends on them.
  let written: IncrementalAnalysis | undefined;
  let worker: Worker | undefined;
  let nextId = 1;
  let inFlight: { id: number; resolve: (r: RoutingReport | null) => void; reject: (e: Error) => void } | undefined;
  let queued: { request: AnalysisRequest; resolve: (r: RoutingReport | null) => void; reject: (e: Error) => void } | undefined;

  const send = (entry: NonNullable<typeof queued>) => {
    if (!worker) {
      worker = createWorker();
      worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
        const done = inFlight;
        if (!done || done.id !== event.data.id) return;
        if ('progress' in event.data) {
          useBusy.getState().progress(event.data.progress);
          return;
        }
        inFlight = undefined;
        if (!queued) useBusy.getState().finish();
        if ('report' in event.data) {
          const wire = event.data.report;
          // Revived by a module of its own: pages whose workspaces never need the worker do not load it.
          void import('../../engine/reportWire').then(({ fromWire }) => done.resolve(fromWire(wire)), done.reject);
        } else if ('error' in event.data) done.reject(new Error(event.data.error));
        if (queued) {
          const next = queued;
          queued = undefined;
          send(next);
        }
      };
    }
    inFlight = { id: entry.request.id, resolve: entry.resolve, reject: entry.reject };
    worker.postMessage(entry.request);
    useBusy.getState().start(cancel);
  };

  /** Stops the worker's run (the worker is ended; the next run starts a new one): the store keeps its picture. */
  const cancel = () => {
    worker?.terminate();
    worker = undefined;
    inFlight?.resolve(null);
    queued?.resolve(null);
    inFlight = queued = undefined;
  };

  return {
    run(files, analyzeOptions) {
      const canUseWorker = typeof Worker !== 'undefined';
      const small = !isLargeWork(files, analyzeOptions, { threshold });
      if (small || !canUseWorker) {
        queued?.resolve(null);
        queued = undefined;
        try {
          // The timeline's engine is loaded with the first event: until then the files are the cluster.
          if (!analyzeOptions.timeline || eventsByNow(analyzeOptions.timeline).length === 0) {
            const { timeline: _none, ...asWritten } = analyzeOptions;
            return loadPipeline().then(({ IncrementalAnalysis }) =>
              boundDiagnostics((written ??= new IncrementalAnalysis()).analyzeFiles(files, asWritten, documents)),
            );
          }
          return loadAnalyze().then(({ analyzeFiles }) => boundDiagnostics(analyzeFiles(files, analyzeOptions, documents)));
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return new Promise((resolve, reject) => {
        const request: AnalysisRequest = {
          id: nextId++,
          files: files.map((f) => ({ name: f.name, text: f.text })),
          options: analyzeOptions,
        };
        if (inFlight) {
          queued?.resolve(null);
          queued = { request, resolve, reject };
        } else {
          send({ request, resolve, reject });
        }
      });
    },
    dispose() {
      cancel();
      useBusy.getState().finish();
    },
  };
}
