import type { AnalyzeOptions } from '../../engine/analyze';
import type { AnalysisStage, CompareOptions, CompareResult, SourceFile, WireDelta } from '../../engine';
import type { WireReport } from '../../engine/reportWire';

/** Analysis options as they cross to the worker: data only (the worker tells progress by message). */
export type WorkerAnalyzeOptions = Omit<AnalyzeOptions, 'onStage'>;

/** Main thread → analysis worker: an analysis, or (kind 'compare') every routing choice of a Service. */
export type AnalysisRequest =
  | {
      id: number;
      kind?: 'analyze';
      files: SourceFile[];
      options: WorkerAnalyzeOptions;
      /** The id of the last report the page holds in full: the answer may be sent as a delta of it. */
      base?: number;
      /** Positions in `files` of files sent without their text (''): the text of the worker's last request. */
      keptFiles?: number[];
    }
  | { id: number; kind: 'compare'; files: SourceFile[]; options: WorkerAnalyzeOptions; compare: CompareOptions };

/**
 * How far the worker's analysis is: an engine stage with `done` of `total` items, or `handoff`
 * while the report is written in its wire form and posted.
 */
export interface AnalysisProgress {
  stage: AnalysisStage | 'handoff';
  done: number;
  total: number;
}

/**
 * Analysis worker → main thread: the report in its wire form (see engine/reportWire), the
 * comparison as it is, or the error; before an analysis' answer, its progress (at most every
 * PROGRESS_INTERVAL_MS).
 */
export type AnalysisResponse =
  | { id: number; report: WireReport; patches?: WireDelta }
  | { id: number; comparison: CompareResult }
  | { id: number; error: string }
  | { id: number; progress: AnalysisProgress };
