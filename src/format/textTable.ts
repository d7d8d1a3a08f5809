/** Plain-text columns, aligned like `kubectl get` output. */

/**
 * Pads every column but the last to its widest cell, separated by three spaces.
 *
 * @example
 * alignColumns([['NODE', 'VERDICT'], ['mnode', 'forward']]);
 * // ['NODE    VERDICT', 'mnode   forward']
 */
export function alignColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell))
      .join('   ')
      .trimEnd(),
  );
}

/** `uniq -c` style: the count right-aligned in seven columns, a space, then the value. */
export function uniqCountLine(count: number, value: string): string {
  return `${String(count).padStart(7)} ${value}`;
}
