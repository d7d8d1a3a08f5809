/**
 * How far an analysis has gone, told while it runs: the pipeline's stages in Kubernetes' order.
 * A caller (the analysis worker) passes a callback; the engine only calls it, at the same points
 * for the same input, and nothing it reports depends on the callback.
 */

/**
 * The stages, in the order a run reaches them: the manifests' documents parsed, the objects
 * decoded and validated (the API server's part), the timeline's events replayed (when there are
 * any), pods placed on nodes (the scheduler), each Service's EndpointSlices and kube-proxy's views
 * of its ports (the EndpointSlice controller and kube-proxy, one Service after the other, as their
 * watches would), then the clients' routes through each Service port.
 */
export type AnalysisStage = 'parse' | 'decode' | 'events' | 'schedule' | 'services' | 'routes';

/**
 * Called with `done` of `total` items of `stage` (documents, objects, events, Services, Service
 * ports): once with 0 when the stage starts, every PROGRESS_EVERY items, and with `total` when it
 * ends. The scheduler's stage counts nothing: it is told once, with 0 of 0. A run may enter a
 * stage more than once (a timeline's step analyses the cluster before and after its last event).
 */
export type StageCallback = (stage: AnalysisStage, done: number, total: number) => void;

/** Items between two calls inside a stage's loop: often enough to move, rarely enough to cost nothing. */
export const PROGRESS_EVERY = 256;

/**
 * Inside a stage's loop, before item `done` of `total`: calls `onStage` every PROGRESS_EVERY
 * items. The stage's start (0) and end (`total`) are called by the loop's owner.
 *
 * @example
 * onStage?.('decode', 0, docs.length);
 * for (let i = 0; i < docs.length; i++) { tick(onStage, 'decode', i, docs.length); decode(docs[i]); }
 * onStage?.('decode', docs.length, docs.length);
 */
export function tick(onStage: StageCallback | undefined, stage: AnalysisStage, done: number, total: number): void {
  if (onStage && done > 0 && done % PROGRESS_EVERY === 0) onStage(stage, done, total);
}
