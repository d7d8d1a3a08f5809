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

/**
 * Columns as kubectl's tabwriter lays them out (cli-runtime printers.GetNewTabWriter: minimum
 * width 6, padding 3): every cell but a line's last is padded to its column's widest cell plus
 * three, and to at least six characters.
 *
 * @example
 * tabwrite([['NAME', 'IP'], ['client', '10.244.1.2']]); // ['NAME     IP', 'client   10.244.1.2']
 */
export function tabwrite(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, [...cell].length + 3, 6);
    });
  }
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell + ' '.repeat(widths[i]! - [...cell].length) : cell)).join(''));
}
