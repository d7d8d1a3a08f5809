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

/**
 * A name split for a box that shortens it in the middle by itself (CSS): the head may end in "…",
 * the tail always shows. The tail is the name's last part (after its last `-`, `/` or `.`, with
 * it) when that part is short, as a generated pod suffix is; otherwise its last few characters.
 *
 * @example
 * nameEnds('web-68db979fcc-mcrfk'); // ['web-68db979fcc', '-mcrfk']
 * nameEnds('kind-worker2'); // ['kind', '-worker2']
 * nameEnds('averyveryverylongname'); // ['averyveryverylo', 'ngname']
 */
export function nameEnds(name: string): [head: string, tail: string] {
  const chars = [...name];
  if (chars.length <= 8) return ['', name];
  const cut = Math.max(name.lastIndexOf('-'), name.lastIndexOf('/'), name.lastIndexOf('.'));
  const tailChars = cut > 0 ? [...name.slice(cut)].length : 0;
  const keep = tailChars >= 2 && tailChars <= 9 ? tailChars : Math.min(6, chars.length - 1);
  return [chars.slice(0, chars.length - keep).join(''), chars.slice(chars.length - keep).join('')];
}
