/**
 * Where each item of a `kind: List` document sits in its text, found without parsing it, so a
 * 20 MB `kubectl get -o yaml|json` dump can be read and located one item at a time.
 */
import { stringEnd } from './jsonValue';

/** An item's text is `text.slice(start, end)`. */
export interface ItemSpan {
  start: number;
  end: number;
}

export interface ListSpans {
  items: ItemSpan[];
  /** The text around the items (`apiVersion`, `kind`, `metadata` and an empty `items:`). */
  header: string;
}

/**
 * The items of a block-style List as kubectl prints it (`items:` at the left margin, each item a
 * `- ` entry at one indentation); undefined for any other shape (flow style, tabs, no items).
 *
 * @example
 * yamlListItemSpans('apiVersion: v1\nitems:\n- kind: Pod\n- kind: Pod\nkind: List\n')!.items.length; // 2
 */
export function yamlListItemSpans(text: string): ListSpans | undefined {
  const keys = [...text.matchAll(/^items:[ \t]*(?:#.*)?\r?$/gm)];
  if (keys.length !== 1) return undefined;
  const regionStart = lineEnd(text, keys[0]!.index) + 1;
  const items: ItemSpan[] = [];
  let indent = -1;
  let at = regionStart;
  let regionEnd = text.length;
  while (at < text.length) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    const content = line.search(/[^ ]/);
    if (content !== -1 && line[content] === '\t') return undefined;
    const blank = content === -1 || line[content] === '#' || line[content] === '\r';
    if (!blank) {
      const entry = line[content] === '-' && /^-(?:[ \r]|$)/.test(line.slice(content));
      if (indent === -1) {
        if (!entry) return undefined;
        indent = content;
      }
      if (content < indent || (content === indent && !entry)) {
        regionEnd = at;
        break;
      }
      if (content === indent) {
        if (items.length > 0) items[items.length - 1]!.end = at;
        items.push({ start: at, end: text.length });
      }
    }
    at = end + 1;
  }
  if (items.length === 0) return undefined;
  items[items.length - 1]!.end = Math.min(items[items.length - 1]!.end, regionEnd);
  return { items, header: text.slice(0, regionStart) + text.slice(regionEnd) };
}

/**
 * The elements of the top-level `"items"` array of a JSON object (the text must be valid JSON).
 *
 * @example
 * jsonListItemSpans('{"kind":"List","items":[{"a":1},{"b":2}]}')!.items; // [{start: 24, end: 31}, {start: 32, end: 39}]
 */
export function jsonListItemSpans(text: string): ListSpans | undefined {
  let depth = 0;
  let key = '';
  let inItems = false;
  const items: ItemSpan[] = [];
  let itemStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (depth === 1 && !inItems) key = text.slice(i + 1, end);
      else if (inItems && depth === 2 && itemStart === -1) itemStart = i;
      i = end;
      continue;
    }
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth === 1 && c === 0x5b && key === 'items') inItems = true;
      else if (inItems && depth === 2 && itemStart === -1) itemStart = i;
      depth++;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      if (inItems && depth === 2 && itemStart !== -1) {
        items.push({ start: itemStart, end: i + 1 });
        itemStart = -1;
      } else if (inItems && depth === 1) {
        if (itemStart !== -1) items.push({ start: itemStart, end: trimmedEnd(text, i) });
        return { items, header: '' };
      }
      continue;
    }
    if (inItems && depth === 2) {
      if (c === 0x2c /* , */) {
        if (itemStart !== -1) items.push({ start: itemStart, end: trimmedEnd(text, i) });
        itemStart = -1;
      } else if (itemStart === -1) {
        itemStart = i;
      }
    } else if (depth === 1 && c === 0x2c) {
      key = '';
    }
  }
  return undefined;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

function trimmedEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
