/**
 * A pod's name as drawn in its box: shortened in the middle when the box is too narrow, so the
 * generated suffix that tells replicas apart stays visible. The full name is kept for the
 * tooltip, the accessible name and the inspector.
 */
import { COMPACT_POD_NAME_FONT, POD_NAME_FONT } from './layout';

/** Average advance of a bold system-ui character, as a share of the font size (measured on Chromium/Linux). */
const CHAR_ADVANCE = 0.62;
/** Horizontal room a pod box spends on borders, padding and the status or client mark. */
const BOX_CHROME = { full: 34, compact: 40 } as const;

/**
 * `text` with its middle replaced by "…" so that it is at most `max` characters long.
 *
 * @example
 * middleEllipsis('echo-7f87489d76-4lzt6', 14); // 'echo-7…6-4lzt6'
 * middleEllipsis('client', 14); // 'client'
 */
export function middleEllipsis(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  if (max <= 1) return '…';
  const tail = Math.ceil((max - 1) / 2);
  const head = max - 1 - tail;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** How many characters of a pod's name fit its box, `width` wide. */
export function podNameChars(width: number, compact: boolean): number {
  const font = compact ? COMPACT_POD_NAME_FONT : POD_NAME_FONT;
  return Math.max(6, Math.floor((width - BOX_CHROME[compact ? 'compact' : 'full']) / (font * CHAR_ADVANCE)));
}

/**
 * The name drawn in a pod's box, `width` wide.
 *
 * @example
 * podLabel('echo-7f87489d76-4lzt6', 136, true); // 'echo-…4lzt6'
 */
export function podLabel(name: string, width: number, compact: boolean): string {
  return middleEllipsis(name, podNameChars(width, compact));
}
