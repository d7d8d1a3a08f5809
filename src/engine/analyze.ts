/**
 * The engine's entry points: workspace files (with the timeline's events replayed on them) or
 * plain objects in, a routing report out. The pipeline itself is in analyzeCluster.ts.
 */
import { analyzeCluster, decodeFiles, decodeOptions, type AnalyzeOptions } from './analyzeCluster';
import { hasErrors } from './diagnostics';
import { decodeCluster } from './decode/decodeCluster';
import { analyzeLive } from './events/analyzeLive';
import type { SourceFile } from './parse/manifestDocument';
import type { ParsedDocumentCache } from './parse/parsedDocuments';
import type { RoutingReport } from './report';

/**
 * Analyses workspace files as one cluster, like `kubectl apply -f a.yaml -f b.yaml`. A caller that
 * analyses the same workspace again and again (an editor) passes its own `cache`, so that only
 * the documents that changed are parsed again.
 *
 * @example
 * const report = analyzeFiles([{ name: 'svc.yaml', text }], { kubernetesVersion: '1.34' });
 * report.routes[0].endpoints; // where the client's traffic goes, with weights
 */
export function analyzeFiles(files: readonly SourceFile[], options: AnalyzeOptions = {}, cache?: ParsedDocumentCache): RoutingReport {
  const { cluster, diagnostics } = decodeFiles(files, options, cache);
  if (options.timeline)
    return analyzeLive(cluster, options.timeline, diagnostics, (live, d) => analyzeCluster(live, options, d), options.onStage);
  return analyzeCluster(cluster, options, diagnostics);
}

/** Analyses plain objects (as JSON.parse gives them), e.g. a `kubectl get -o json` dump. */
export function analyzeObjects(objects: readonly unknown[], options: AnalyzeOptions = {}): RoutingReport {
  // The objects are decoded as documentsFromObjects would wrap them, without a wrapper each.
  const decoded = decodeCluster({ objects, file: '(objects)' }, decodeOptions(options));
  return analyzeCluster(decoded.cluster, options, decoded.diagnostics);
}

export { analyzeCluster, hasErrors };
export { ParsedDocumentCache } from './parse/parsedDocumentCache';
export type { AnalyzeOptions };
