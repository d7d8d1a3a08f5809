import type { AnalyzeOptions } from '../../engine/analyze';
import type { SourceFile } from '../../engine';
import type { WireReport } from '../../engine/reportWire';

/** Main thread → analysis worker. */
export interface AnalysisRequest {
  id: number;
  files: SourceFile[];
  options: AnalyzeOptions;
}

/** Analysis worker → main thread. */
/** Analysis worker → main thread: the report in its wire form (see engine/reportWire). */
export type AnalysisResponse = { id: number; report: WireReport } | { id: number; error: string };
