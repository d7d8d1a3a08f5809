/** What the analysis worker answers to one request: a report in its wire form, a comparison, or the error. */
import { compareChoices } from '../../engine';
import { analyzeFiles, type ParsedDocumentCache } from '../../engine/analyze';
import { toWire } from '../../engine/reportWire';
import { boundDiagnostics } from './boundDiagnostics';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

/**
 * Runs the engine for `request`; `documents` keeps the parsed YAML of the worker's workspace between analyses.
 *
 * @example
 * answerRequest({ id: 1, kind: 'compare', files, options: {}, compare: { service: 'default/echo-svc' } }, documents); // { id: 1, comparison }
 */
export function answerRequest(request: AnalysisRequest, documents: ParsedDocumentCache): AnalysisResponse {
  const { id, files, options } = request;
  try {
    if (request.kind === 'compare') return { id, comparison: compareChoices(files, options, request.compare) };
    // Bounded before the hand-off: the page receives (and lists) at most a few hundred diagnostics.
    return { id, report: toWire(boundDiagnostics(analyzeFiles(files, options, documents))) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
