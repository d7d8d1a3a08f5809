/** The rows of the request chart, like `/hit.sh 40 | sort | uniq -c`: pod@node and a count. */
import type { PodSummary } from '../engine';

export interface RequestRow {
  key: string;
  label: string;
  count: number;
  /** dropped / rejected rows are not endpoints. */
  failed: boolean;
}

export function requestRows(counts: Record<string, number>, pods: readonly Pick<PodSummary, 'key' | 'name' | 'node'>[]): RequestRow[] {
  const byKey = new Map(pods.map((p) => [p.key, p]));
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => {
      const failed = key === 'dropped' || key === 'rejected';
      const pod = byKey.get(key);
      const label = failed ? key : pod ? `${pod.name}@${pod.node ?? '?'}` : key;
      return { key, label, count, failed };
    })
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
}
