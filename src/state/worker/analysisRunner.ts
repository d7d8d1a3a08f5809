/**
 * Runs the engine: synchronously on the main thread for small workspaces (a keystroke shows in
 * the same frame), in a Web Worker above a size threshold. Worker runs are "latest wins": while
 * one is in flight only the newest request waits, older ones resolve to null.
 */
import type { IncrementalAnalysis } from '../../engine/incremental';
import { applyWireDelta, eventsByNow, ParsedDocumentCache } from '../../engine';
import type { SourceFile, RoutingReport } from '../../engine';
import { useBusy } from '../busyStore';
import { boundDiagnostics } from './boundDiagnostics';
import { latestWins } from './latestWins';
import type { WireReport } from '../../engine/reportWire';
import type { WorkerAnalyzeOptions } from './protocol';
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
  // The last report the worker sent, in full wire form: the next one may come as what changed since.
  let held: { id: number; wire: WireReport } | undefined;
  // The files the worker was last sent, by name: an unchanged one (a 12 MB dump beside the file
  // being typed in) is sent again without its text.
  let workerFiles = new Map<string, string>();
  const channel = latestWins<RoutingReport>({
    createWorker: () => {
      held = undefined;
      workerFiles = new Map();
      return createWorker();
    },
    answer: (data) => {
      if (!('report' in data)) throw new Error('the worker answered an analysis with a comparison');
      const { patches } = data;
      const base = held;
      if (patches && base?.id !== patches.base) {
        held = undefined;
        throw new Error('the worker answered with a delta of a report the page no longer holds');
      }
      // Held at once: a request queued behind this one is posted right after it, as a delta of this one.
      const wire = patches ? applyWireDelta(base!.wire, data.report, patches) : data.report;
      held = { id: data.id, wire };
      // Revived by a module of its own: pages whose workspaces never need the worker do not load it.
      return import('../../engine/reportWire').then(({ fromWire }) => fromWire(wire));
    },
    stamp: (request) => {
      if (request.kind === 'compare') return request;
      const keptFiles: number[] = [];
      const files = request.files.map((file, i) => {
        if (workerFiles.get(file.name) !== file.text) return file;
        keptFiles.push(i);
        return { name: file.name, text: '' };
      });
      workerFiles = new Map(request.files.map((f) => [f.name, f.text]));
      return { ...request, files, ...(keptFiles.length ? { keptFiles } : {}), ...(held ? { base: held.id } : {}) };
    },
    onProgress: (progress) => useBusy.getState().progress(progress),
    // The store keeps its picture when the run is cancelled.
    onPosted: () => useBusy.getState().start(channel.cancel),
    onIdle: () => useBusy.getState().finish(),
  });

  return {
    run(files, analyzeOptions) {
      const canUseWorker = typeof Worker !== 'undefined';
      const small = !isLargeWork(files, analyzeOptions, { threshold });
      if (small || !canUseWorker) {
        channel.dropQueued();
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
      const answered = channel.submit((id) => ({ id, files: files.map((f) => ({ name: f.name, text: f.text })), options: analyzeOptions }));
      // After a failed request the worker's files and report are not known for sure: send them whole.
      answered.catch(() => {
        workerFiles = new Map();
        held = undefined;
      });
      return answered;
    },
    dispose() {
      held = undefined;
      channel.cancel();
      useBusy.getState().finish();
    },
  };
}
