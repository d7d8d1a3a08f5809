/** 0.5 → "50%", 1/3 → "33.3%". */
export function percent(share: number): string {
  const value = share * 100;
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}
