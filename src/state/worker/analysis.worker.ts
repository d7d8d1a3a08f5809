/// <reference lib="webworker" />
/** Runs the engine off the main thread for large workspaces, so typing never waits for it. */
import { ParsedDocumentCache } from '../../engine/analyze';
import { answerRequest } from './answerRequest';
import type { AnalysisRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The worker serves one page's workspace: a request re-parses only the documents that changed.
const documents = new ParsedDocumentCache();

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => scope.postMessage(answerRequest(event.data, documents));
