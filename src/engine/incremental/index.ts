/**
 * Entry point: analyses that reuse the previous one after an edit (the analysis worker loads it).
 *
 * @example
 * import { IncrementalAnalysis } from '../../engine/incremental';
 */
export { IncrementalAnalysis } from './incrementalAnalysis';
export type { IncrementalOptions, IncrementalRun } from './incrementalAnalysis';
