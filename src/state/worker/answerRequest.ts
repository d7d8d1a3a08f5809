/** What the analysis worker answers to one request: a report in its wire form, a comparison, or the error. */
import { compareChoices, eventsByNow } from '../../engine';
import { analyzeFiles, type ParsedDocumentCache } from '../../engine/analyze';
import type { IncrementalAnalysis } from '../../engine/incremental';
import { toWire } from '../../engine/reportWire';
import { boundDiagnostics } from './boundDiagnostics';
import type { AnalysisProgress, AnalysisRequest, AnalysisResponse } from './protocol';
import { throttleProgress } from './throttleProgress';

/**
 * Runs the engine for `request`; `documents` keeps the parsed YAML of the worker's workspace between
 * analyses, and `written` (when given) the last analysis of the files as written, so that an edit of
 * Services alone redoes only what depends on them (engine/incremental). An analysis tells its
 * stages to `onProgress` (throttled, see throttleProgress), then `handoff` before its report is
 * written in its wire form.
 *
 * @example
 * answerRequest({ id: 1, kind: 'compare', files, options: {}, compare: { service: 'default/echo-svc' } }, documents); // { id: 1, comparison }
 */
export function answerRequest(
  request: AnalysisRequest,
  documents: ParsedDocumentCache,
  written?: IncrementalAnalysis,
  onProgress?: (progress: AnalysisProgress) => void,
): AnalysisResponse {
  const { id, files, options } = request;
  try {
    if (request.kind === 'compare') return { id, comparison: compareChoices(files, options, request.compare) };
    const onStage = onProgress ? throttleProgress(onProgress) : undefined;
    const { timeline, ...rest } = options;
    // Until the timeline's first event the files are the cluster, as on the main thread.
    const report =
      !written || (timeline && eventsByNow(timeline).length > 0)
        ? analyzeFiles(files, { ...options, onStage }, documents)
        : written.analyzeFiles(files, { ...rest, onStage }, documents);
    onProgress?.({ stage: 'handoff', done: 0, total: 0 });
    // Bounded before the hand-off: the page receives (and lists) at most a few hundred diagnostics.
    return { id, report: toWire(boundDiagnostics(report)) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
