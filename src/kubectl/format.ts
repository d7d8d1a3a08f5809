/** kubectl's output shapes: ages, `<none>`, label lists. */

/**
 * A duration as kubectl prints ages (k8s.io/apimachinery duration.HumanDuration).
 *
 * @example
 * age(75); // "75s"
 * age(400); // "6m40s"
 */
export function age(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
}

export const none = (value: string | undefined): string => (value === undefined || value === '' ? '<none>' : value);

export function labelsText(labels: Readonly<Record<string, string>>): string {
  const entries = Object.entries(labels);
  return entries.length === 0 ? '<none>' : entries.map(([k, v]) => `${k}=${v}`).join(',');
}
