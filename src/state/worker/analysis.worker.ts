/// <reference lib="webworker" />
/** Runs the engine off the main thread for large workspaces, so typing never waits for it. */
import { eventsByNow } from '../../engine';
import { analyzeFiles, ParsedDocumentCache } from '../../engine/analyze';
import { IncrementalAnalysis } from '../../engine/incremental';
import { toWire } from '../../engine/reportWire';
import { boundDiagnostics } from './boundDiagnostics';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The worker serves one page's workspace: a request re-parses only the documents that changed,
// and an edit of Services alone redoes only what depends on them (engine/incremental).
const documents = new ParsedDocumentCache();
const written = new IncrementalAnalysis();

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, files, options } = event.data;
  let response: AnalysisResponse;
  try {
    const { timeline, ...rest } = options;
    // Until the timeline's first event the files are the cluster, as on the main thread.
    const report =
      timeline && eventsByNow(timeline).length > 0 ? analyzeFiles(files, options, documents) : written.analyzeFiles(files, rest, documents);
    // Bounded before the hand-off: the page receives (and lists) at most a few hundred diagnostics.
    response = { id, report: toWire(boundDiagnostics(report)) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
