/// <reference lib="webworker" />
/** Runs the engine off the main thread for large workspaces, so typing never waits for it. */
import { ParsedDocumentCache } from '../../engine/analyze';
import { IncrementalAnalysis } from '../../engine/incremental';
import { answerRequest, type PostedReports } from './answerRequest';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The worker serves one page's workspace: a request re-parses only the documents that changed,
// and an edit of Services alone redoes only what depends on them (engine/incremental).
const documents = new ParsedDocumentCache();
const written = new IncrementalAnalysis();
// The last report posted: the next one travels as what changed since it, when the page holds it.
const posted: PostedReports = {};

const post = (message: AnalysisResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id } = event.data;
  post(answerRequest(event.data, documents, written, (progress) => post({ id, progress }), posted));
};
