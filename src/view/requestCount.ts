/** The "Send requests" count as typed: a draft while typing, a whole number 1..10,000 when used. */
export const MAX_REQUESTS = 10_000;

/**
 * The count a typed draft stands for, or null while it is not one yet (empty, not a number, below 1).
 * Above the maximum, the maximum.
 *
 * @example
 * requestCount('20'); // 20
 * requestCount(''); // null (the user is still typing)
 */
export function requestCount(draft: string): number | null {
  const trimmed = draft.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  if (value < 1) return null;
  return Math.min(MAX_REQUESTS, value);
}
