/** Simulated time: the delays the controllers and the kubelet take, and how instants are written. */

/**
 * Seconds from a pod's creation to Ready=True: image already pulled, container started, first
 * readiness probe passed. Real clusters take from one to many seconds; 5 s keeps the
 * "ContainerCreating → Running, not ready → Ready" phase visible while time plays.
 */
export const STARTUP_SECONDS = 5;

/**
 * NOTE: the DefaultTolerationSeconds admission plugin gives every pod 300 s of toleration for the
 * node.kubernetes.io/not-ready and /unreachable NoExecute taints; after that the node lifecycle
 * controller's taint manager evicts the pods of a NotReady node (pkg/controller/tainteviction).
 */
export const NOT_READY_EVICTION_SECONDS = 300;

/** The kubelet's crash-loop back-off: 10 s, doubled after every restart, at most 300 s. */
export function crashBackoffSeconds(restarts: number): number {
  return Math.min(10 * 2 ** restarts, 300);
}

const EPOCH_MS = Date.UTC(2025, 0, 1);

/**
 * An RFC 3339 timestamp for a simulated second, counted from a fixed epoch so results repeat.
 *
 * @example
 * timestampAt(30); // "2025-01-01T00:00:30Z"
 */
export function timestampAt(seconds: number): string {
  return new Date(EPOCH_MS + Math.round(seconds * 1000)).toISOString().replace(/\.000Z$/, 'Z');
}

/** "12s", "3m5s", as kubectl's AGE column and event log write durations. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
}
