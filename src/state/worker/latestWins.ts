/**
 * One worker, "latest wins": a request is posted when the worker is free; while one is in flight
 * only the newest waits, and the one it replaces resolves to null. Cancel ends the worker (the
 * next request starts a new one) and resolves what was pending to null.
 */
import type { AnalysisRequest, AnalysisResponse, AnalysisProgress } from './protocol';

/** What a pending request becomes: its answer, or null when superseded or cancelled. */
interface Pending<T> {
  resolve(value: T | null): void;
  reject(error: Error): void;
}

export interface LatestWinsOptions<T> {
  createWorker(): Worker;
  /** The value of a final answer (a report or a comparison); throw when the answer is not of this kind. */
  answer(data: Exclude<AnalysisResponse, { error: string } | { progress: AnalysisProgress }>): T | Promise<T>;
  /** A progress message of the request in flight. */
  onProgress?(progress: AnalysisProgress): void;
  /** A request was posted to the worker. */
  onPosted?(): void;
  /** The request in flight answered and none waits behind it. */
  onIdle?(): void;
  /** The request as it is posted (a queued one is posted later than it was built). */
  stamp?(request: AnalysisRequest): AnalysisRequest;
}

export interface LatestWins<T> {
  /** Posts the request `build` makes with a fresh id, or queues it behind the one in flight. */
  submit(build: (id: number) => AnalysisRequest): Promise<T | null>;
  /** Resolves the waiting request (if any) to null: an answer computed elsewhere supersedes it. */
  dropQueued(): void;
  cancel(): void;
}

/**
 * @example
 * const channel = latestWins({ createWorker, answer: (data) => ('comparison' in data ? data.comparison : fail()) });
 * const result = await channel.submit((id) => ({ id, kind: 'compare', files, options, compare }));
 */
export function latestWins<T>(options: LatestWinsOptions<T>): LatestWins<T> {
  let worker: Worker | undefined;
  let nextId = 1;
  let inFlight: (Pending<T> & { id: number }) | undefined;
  let queued: (Pending<T> & { request: AnalysisRequest }) | undefined;

  const post = (entry: NonNullable<typeof queued>) => {
    if (!worker) {
      worker = options.createWorker();
      worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
        const done = inFlight;
        const data = event.data;
        if (!done || done.id !== data.id) return;
        if ('progress' in data) {
          options.onProgress?.(data.progress);
          return;
        }
        inFlight = undefined;
        if (!queued) options.onIdle?.();
        if ('error' in data) done.reject(new Error(data.error));
        else {
          try {
            Promise.resolve(options.answer(data)).then(done.resolve, done.reject);
          } catch (error) {
            done.reject(error instanceof Error ? error : new Error(String(error)));
          }
        }
        if (queued) {
          const next = queued;
          queued = undefined;
          post(next);
        }
      };
    }
    inFlight = { id: entry.request.id, resolve: entry.resolve, reject: entry.reject };
    worker.postMessage(options.stamp ? options.stamp(entry.request) : entry.request);
    options.onPosted?.();
  };

  return {
    submit(build) {
      return new Promise((resolve, reject) => {
        const entry = { request: build(nextId++), resolve, reject };
        if (inFlight) {
          queued?.resolve(null);
          queued = entry;
        } else post(entry);
      });
    },
    dropQueued() {
      queued?.resolve(null);
      queued = undefined;
    },
    cancel() {
      worker?.terminate();
      worker = undefined;
      inFlight?.resolve(null);
      queued?.resolve(null);
      inFlight = queued = undefined;
    },
  };
}
