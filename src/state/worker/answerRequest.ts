/** What the analysis worker answers to one request: a report in its wire form, a comparison, or the error. */
import { compareChoices, eventsByNow } from '../../engine';
import { analyzeFiles, type ParsedDocumentCache } from '../../engine/analyze';
import type { IncrementalAnalysis } from '../../engine/incremental';
import type { RoutingReport, SourceFile } from '../../engine';
import { toWire, wireDelta, WireWriter } from '../../engine/reportWire';
import { boundDiagnostics } from './boundDiagnostics';
import type { AnalysisProgress, AnalysisRequest, AnalysisResponse } from './protocol';
import { throttleProgress } from './throttleProgress';

/** The last report the worker posted, and its request's id: the next one may travel as a delta of it. */
export interface PostedReports {
  last?: { id: number; report: RoutingReport };
  /** The files of the last analysis request, by name: a file sent again without its text is this one. */
  files?: Map<string, string>;
  /** The wire writer of the reports posted so far, and how much its tables held after the first. */
  writer?: { writer: WireWriter; baseline: number };
}

/** A kept wire writer starts anew once its tables hold this many times what the first report needed. */
const WRITER_GROWTH = 3;

/**
 * Runs the engine for `request`; `documents` keeps the parsed YAML of the worker's workspace between
 * analyses, and `written` (when given) the last analysis of the files as written, so that an edit of
 * Services alone redoes only what depends on them (engine/incremental). An analysis tells its
 * stages to `onProgress` (throttled, see throttleProgress), then `handoff` before its report is
 * written in its wire form. With `posted`, a report travels as a delta of the one posted before
 * (engine/wire/wireDelta) when the request says the page holds that one (`base`).
 *
 * @example
 * answerRequest({ id: 1, kind: 'compare', files, options: {}, compare: { service: 'default/echo-svc' } }, documents); // { id: 1, comparison }
 */
export function answerRequest(
  request: AnalysisRequest,
  documents: ParsedDocumentCache,
  written?: IncrementalAnalysis,
  onProgress?: (progress: AnalysisProgress) => void,
  posted?: PostedReports,
): AnalysisResponse {
  const { id, options } = request;
  let files = request.files;
  try {
    if (request.kind === 'compare') return { id, comparison: compareChoices(files, options, request.compare) };
    if (request.keptFiles?.length) files = withKeptTexts(files, request.keptFiles, posted?.files);
    if (posted) posted.files = new Map(files.map((f) => [f.name, f.text]));
    const onStage = onProgress ? throttleProgress(onProgress) : undefined;
    const { timeline, ...rest } = options;
    // Until the timeline's first event the files are the cluster, as on the main thread.
    const report =
      !written || (timeline && eventsByNow(timeline).length > 0)
        ? analyzeFiles(files, { ...options, onStage }, documents)
        : written.analyzeFiles(files, { ...rest, onStage }, documents);
    onProgress?.({ stage: 'handoff', done: 0, total: 0 });
    // Bounded before the hand-off: the page receives (and lists) at most a few hundred diagnostics.
    const bounded = boundDiagnostics(report);
    if (!posted) return { id, report: toWire(bounded) };
    const kept = posted.writer && posted.writer.writer.size <= WRITER_GROWTH * posted.writer.baseline ? posted.writer : undefined;
    const writer = kept?.writer ?? new WireWriter();
    const wire = toWire(bounded, writer);
    posted.writer = kept ?? { writer, baseline: writer.size };
    const last = posted.last;
    posted.last = { id, report: bounded };
    const delta = last && request.base === last.id ? wireDelta(last.report, bounded, wire, last.id) : undefined;
    return delta ? { id, report: delta.wire, patches: delta.patches } : { id, report: wire };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** `files` with the texts the page left out (unchanged since the last request) taken from `last`. */
function withKeptTexts(files: readonly SourceFile[], kept: readonly number[], last: ReadonlyMap<string, string> | undefined): SourceFile[] {
  const out = files.slice();
  for (const i of kept) {
    const text = last?.get(out[i]!.name);
    if (text === undefined) throw new Error(`the analysis worker no longer holds ${out[i]!.name}: analyse again`);
    out[i] = { name: out[i]!.name, text };
  }
  return out;
}
