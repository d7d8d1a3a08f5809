/** Backend pods are coloured per app: distinct apps get distinct palette slots, in name order. */
import type { PodSummary } from '../engine';

export const APP_PALETTE_SIZE = 8;

/** The app a pod belongs to: its `app` label, else app.kubernetes.io/name, else the first Service selecting it. */
export function appOf(pod: Pick<PodSummary, 'labels' | 'selectedBy'>): string | undefined {
  return pod.labels['app'] ?? pod.labels['app.kubernetes.io/name'] ?? pod.selectedBy[0];
}

/** Palette slot per app name; the same apps always get the same slots. */
export function appColorSlots(pods: readonly Pick<PodSummary, 'labels' | 'selectedBy' | 'client'>[]): Map<string, number> {
  const apps = new Set<string>();
  for (const pod of pods) {
    if (pod.client) continue;
    const app = appOf(pod);
    if (app !== undefined) apps.add(app);
  }
  const sorted = [...apps].sort();
  return new Map(sorted.map((app, i) => [app, i % APP_PALETTE_SIZE]));
}
