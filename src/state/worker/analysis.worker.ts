/// <reference lib="webworker" />
/** Runs the engine off the main thread for large workspaces, so typing never waits for it. */
import { analyzeFiles, ParsedDocumentCache } from '../../engine/analyze';
import { compareChoices } from '../../engine';
import { toWire } from '../../engine/reportWire';
import { boundDiagnostics } from './boundDiagnostics';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The worker serves one page's workspace: a request re-parses only the documents that changed.
const documents = new ParsedDocumentCache();

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  const { id, files, options } = request;
  let response: AnalysisResponse;
  try {
    if (request.kind === 'compare') response = { id, comparison: compareChoices(files, options, request.compare) };
    // Bounded before the hand-off: the page receives (and lists) at most a few hundred diagnostics.
    else response = { id, report: toWire(boundDiagnostics(analyzeFiles(files, options, documents))) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
