/**
 * kubectl's JSONPath templates (k8s.io/client-go/util/jsonpath), the subset the docs use: text
 * outside braces as is; in braces fields (`.a.b`, `['a']`, `..a` recursive, `.*`), indexes and
 * slices (`[0]`, `[-1]`, `[*]`, `[1:3]`), filters (`[?(@.a=="x")]`, `[?(@.a)]`, ==, !=, <, >, <=, >=),
 * unions (`{.a,.b}`), string literals (`{"\n"}`) and `{range …}…{end}`. Missing keys print nothing,
 * as with kubectl's default `--allow-missing-template-keys=true`.
 */

type Json = unknown;

type Step =
  | { kind: 'field'; names: string[] }
  | { kind: 'recursive'; name: string | null }
  | { kind: 'wildcard' }
  | { kind: 'index'; start?: number; end?: number; step?: number; single: boolean }
  | { kind: 'filter'; left: Step[]; op?: string; right?: { path: Step[] } | { literal: Json } };

type Node = { kind: 'text'; text: string } | { kind: 'paths'; paths: Step[][] } | { kind: 'range'; path: Step[]; body: Node[] };

export type JsonPathResult = { ok: true; template: Node[] } | { ok: false; error: string };

/**
 * @example
 * const t = parseJsonPath('{range .items[*]}{.metadata.name}{"\\n"}{end}');
 * if (t.ok) executeJsonPath(t.template, { items: [{ metadata: { name: 'a' } }] }); // "a\n"
 */
export function parseJsonPath(template: string): JsonPathResult {
  try {
    const stack: Node[][] = [[]];
    const ranges: Extract<Node, { kind: 'range' }>[] = [];
    let i = 0;
    while (i < template.length) {
      const open = template.indexOf('{', i);
      if (open < 0) {
        stack[stack.length - 1]!.push({ kind: 'text', text: template.slice(i) });
        break;
      }
      if (open > i) stack[stack.length - 1]!.push({ kind: 'text', text: template.slice(i, open) });
      const close = actionEnd(template, open + 1);
      const action = template.slice(open + 1, close).trim();
      i = close + 1;
      if (action === 'end') {
        const done = ranges.pop();
        if (!done) throw new Error('not in range, nothing to end');
        stack.pop();
        continue;
      }
      if (action.startsWith('range ') || action === 'range') {
        const node: Extract<Node, { kind: 'range' }> = { kind: 'range', path: parsePath(action.slice(5).trim()), body: [] };
        stack[stack.length - 1]!.push(node);
        ranges.push(node);
        stack.push(node.body);
        continue;
      }
      if (action.startsWith('"')) {
        stack[stack.length - 1]!.push({ kind: 'text', text: JSON.parse(action) as string });
        continue;
      }
      stack[stack.length - 1]!.push({ kind: 'paths', paths: splitTop(action, ',').map((p) => parsePath(p.trim())) });
    }
    if (ranges.length > 0) throw new Error('unclosed action');
    return { ok: true, template: stack[0]! };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The index of the `}` closing an action, skipping quoted strings. */
function actionEnd(text: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '}') return i;
  }
  throw new Error('unclosed action');
}

/** Splits at `sep` outside brackets, parentheses and quotes. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

const IDENT = /^[A-Za-z0-9_\-/$]+/;

function parsePath(text: string): Step[] {
  let rest = text;
  if (rest.startsWith('$') || rest.startsWith('@')) rest = rest.slice(1);
  const steps: Step[] = [];
  while (rest.length > 0) {
    if (rest.startsWith('..')) {
      rest = rest.slice(2);
      if (rest.startsWith('*')) {
        steps.push({ kind: 'recursive', name: null });
        rest = rest.slice(1);
        continue;
      }
      const m = IDENT.exec(rest);
      if (!m) throw new Error(`unrecognized identifier after ..: ${rest}`);
      steps.push({ kind: 'recursive', name: m[0] });
      rest = rest.slice(m[0].length);
    } else if (rest.startsWith('.')) {
      rest = rest.slice(1);
      if (rest.startsWith('*')) {
        steps.push({ kind: 'wildcard' });
        rest = rest.slice(1);
        continue;
      }
      if (rest === '' || rest.startsWith('[')) continue;
      const m = IDENT.exec(rest);
      if (!m) throw new Error(`unrecognized character in action: ${rest[0]}`);
      steps.push({ kind: 'field', names: [m[0]] });
      rest = rest.slice(m[0].length);
    } else if (rest.startsWith('[')) {
      const close = bracketEnd(rest);
      steps.push(parseBracket(rest.slice(1, close).trim()));
      rest = rest.slice(close + 1);
    } else {
      const m = IDENT.exec(rest);
      if (!m) throw new Error(`unrecognized character in action: ${rest[0]}`);
      steps.push({ kind: 'field', names: [m[0]] });
      rest = rest.slice(m[0].length);
    }
  }
  return steps;
}

function bracketEnd(text: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  throw new Error('unterminated array');
}

function parseBracket(inner: string): Step {
  if (inner === '*') return { kind: 'wildcard' };
  if (inner.startsWith('?')) return parseFilter(inner.slice(1).trim());
  if (inner.startsWith("'") || inner.startsWith('"')) {
    return { kind: 'field', names: splitTop(inner, ',').map((n) => unquote(n.trim())) };
  }
  const parts = inner.split(':').map((p) => p.trim());
  const num = (p: string | undefined): number | undefined => {
    if (p === undefined || p === '') return undefined;
    if (!/^-?\d+$/.test(p)) throw new Error(`invalid array index ${inner}`);
    return Number(p);
  };
  if (parts.length === 1) return { kind: 'index', start: num(parts[0]), single: true };
  if (parts.length > 3) throw new Error(`invalid array index ${inner}`);
  const step: Step = { kind: 'index', single: false };
  const start = num(parts[0]);
  const end = num(parts[1]);
  const stride = num(parts[2]);
  if (start !== undefined) step.start = start;
  if (end !== undefined) step.end = end;
  if (stride !== undefined) step.step = stride;
  return step;
}

function unquote(text: string): string {
  if (text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1);
  if (text.startsWith('"') && text.endsWith('"')) return JSON.parse(text) as string;
  return text;
}

function parseFilter(text: string): Step {
  if (!text.startsWith('(') || !text.endsWith(')')) throw new Error(`unrecognized filter ${text}`);
  const body = text.slice(1, -1).trim();
  const m = /^(.*?)\s*(==|!=|<=|>=|<|>)\s*(.*)$/.exec(body);
  if (!m) return { kind: 'filter', left: parsePath(body) };
  const [, left, op, right] = m as unknown as [string, string, string, string];
  return { kind: 'filter', left: parsePath(left.trim()), op, right: operand(right.trim()) };
}

function operand(text: string): { path: Step[] } | { literal: Json } {
  if (text.startsWith('@') || text.startsWith('$')) return { path: parsePath(text) };
  if (text.startsWith("'") || text.startsWith('"')) return { literal: unquote(text) };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { literal: Number(text) };
  if (text === 'true' || text === 'false') return { literal: text === 'true' };
  throw new Error(`unrecognized filter operand ${text}`);
}

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function applyStep(values: Json[], step: Step): Json[] {
  const out: Json[] = [];
  for (const value of values) {
    switch (step.kind) {
      case 'field':
        if (isObject(value)) for (const name of step.names) if (Object.hasOwn(value, name)) out.push(value[name]);
        break;
      case 'wildcard':
        if (Array.isArray(value)) out.push(...value);
        else if (isObject(value))
          out.push(
            ...Object.keys(value)
              .sort()
              .map((k) => value[k]),
          );
        break;
      case 'recursive':
        collect(value, step.name, out);
        break;
      case 'index': {
        if (!Array.isArray(value)) break;
        const n = value.length;
        const norm = (i: number) => (i < 0 ? i + n : i);
        if (step.single) {
          const i = norm(step.start ?? 0);
          if (i >= 0 && i < n) out.push(value[i]);
          break;
        }
        const stride = step.step ?? 1;
        const start = Math.max(0, Math.min(n, norm(step.start ?? 0)));
        const end = Math.max(0, Math.min(n, norm(step.end ?? n)));
        for (let i = start; i < end; i += stride > 0 ? stride : 1) out.push(value[i]);
        break;
      }
      case 'filter': {
        const items = Array.isArray(value) ? value : [value];
        for (const item of items) if (passes(item, step)) out.push(item);
        break;
      }
    }
  }
  return out;
}

function collect(value: Json, name: string | null, out: Json[]): void {
  if (Array.isArray(value)) {
    for (const v of value) collect(v, name, out);
  } else if (isObject(value)) {
    for (const key of Object.keys(value).sort()) {
      if (name === null || key === name) out.push(value[key]);
      collect(value[key], name, out);
    }
  }
}

function evalPath(root: Json, path: Step[]): Json[] {
  return path.reduce<Json[]>((values, step) => applyStep(values, step), [root]);
}

function passes(item: Json, filter: Extract<Step, { kind: 'filter' }>): boolean {
  const lefts = evalPath(item, filter.left);
  if (!filter.op || !filter.right) return lefts.length > 0;
  const rights = 'path' in filter.right ? evalPath(item, filter.right.path) : [filter.right.literal];
  if (lefts.length === 0 || rights.length === 0) return false;
  const [l, r] = [lefts[0], rights[0]];
  switch (filter.op) {
    case '==':
      return l === r || (typeof r === 'number' && Number(l) === r);
    case '!=':
      return !(l === r || (typeof r === 'number' && Number(l) === r));
    case '<':
      return Number(l) < Number(r);
    case '>':
      return Number(l) > Number(r);
    case '<=':
      return Number(l) <= Number(r);
    case '>=':
      return Number(l) >= Number(r);
  }
  return false;
}

/** Go's json.Marshal of decoded JSON: map keys sorted, `<`, `>` and `&` escaped. */
export function goJson(value: Json): string {
  const sorted = (v: Json): Json =>
    Array.isArray(v)
      ? v.map(sorted)
      : isObject(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted(v[k])]),
          )
        : v;
  return JSON.stringify(sorted(value)).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/** One result as PrintResults writes it: maps and lists as compact JSON, the rest as text. */
export function jsonPathText(value: Json): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return goJson(value);
  return String(value);
}

/** The values of one path expression (`.metadata.name`) on an object, as kubectl finds them. */
export function jsonPathValues(template: Node[], data: Json): Json[][] {
  const results: Json[][] = [];
  for (const node of template) if (node.kind === 'paths') for (const path of node.paths) results.push(evalPath(data, path));
  return results;
}

/** Runs a parsed template on `data`: the text kubectl prints for `-o jsonpath=…`. */
export function executeJsonPath(template: Node[], data: Json): string {
  let out = '';
  for (const node of template) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'paths') {
      const values = node.paths.flatMap((p) => evalPath(data, p));
      out += values.map(jsonPathText).join(' ');
    } else {
      for (const item of evalPath(data, node.path)) out += executeJsonPath(node.body, item);
    }
  }
  return out;
}

/**
 * kubectl's RelaxedJSONPathExpression, for `--sort-by` and custom columns: `.a.b`, `a.b` and
 * `{.a.b}` all mean `{.a.b}`.
 *
 * @example
 * relaxedJsonPath('metadata.name'); // "{.metadata.name}"
 */
export function relaxedJsonPath(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}')) return trimmed;
  const inner = trimmed.startsWith('.') || trimmed.startsWith('[') ? trimmed : `.${trimmed}`;
  return `{${inner}}`;
}
