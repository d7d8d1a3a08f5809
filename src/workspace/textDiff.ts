/** The smallest single replacement turning `before` into `after` (common prefix and suffix kept). */
export interface TextReplacement {
  start: number;
  end: number;
  text: string;
}

/**
 * @example
 * minimalReplacement('spec:\n  a: 1\n', 'spec:\n  a: 2\n'); // { start: 11, end: 12, text: '2' }
 */
export function minimalReplacement(before: string, after: string): TextReplacement | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, text: after.slice(start, endAfter) };
}
