/** 0.5 → "50%", 1/3 → "33.3%". */
export function percent(share: number): string {
  const value = share * 100;
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/**
 * A share as the tables, the canvas and the inspector print it: tenths of a percent, no decimals
 * when whole.
 *
 * @example
 * formatShare(0.5); // "50%"
 * formatShare(1 / 3); // "33.3%"
 */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
