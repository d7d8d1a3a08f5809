import type { AnalyzeOptions } from '../engine/analyze';
import type { SourceFile } from '../engine/parse/manifestDocument';
import type { RoutingReport } from '../engine/report';

/** Main thread → analysis worker. */
export interface AnalysisRequest {
  id: number;
  files: SourceFile[];
  options: AnalyzeOptions;
}

/** Analysis worker → main thread. */
export type AnalysisResponse = { id: number; report: RoutingReport } | { id: number; error: string };
