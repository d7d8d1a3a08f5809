import type { AnalyzeOptions } from '../../engine/analyze';
import type { CompareOptions, CompareResult, SourceFile } from '../../engine';
import type { WireReport } from '../../engine/reportWire';

/** Main thread → analysis worker: an analysis, or (kind 'compare') every routing choice of a Service. */
export type AnalysisRequest =
  | { id: number; kind?: 'analyze'; files: SourceFile[]; options: AnalyzeOptions }
  | { id: number; kind: 'compare'; files: SourceFile[]; options: AnalyzeOptions; compare: CompareOptions };

/** Analysis worker → main thread: the report in its wire form (see engine/reportWire), or the comparison as it is. */
export type AnalysisResponse =
  { id: number; report: WireReport } | { id: number; comparison: CompareResult } | { id: number; error: string };
