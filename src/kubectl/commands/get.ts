/**
 * `kubectl get TYPE[,TYPE…] [NAME…] | TYPE/NAME… | all` with `-o wide|yaml|json|name|jsonpath=…|custom-columns=…`,
 * `-n NS|-A`, `-l SEL`, `-L KEY`, `--show-labels`, `--sort-by`, `--no-headers` and `-w`.
 * Several kinds print as kubectl prints them: one table per kind, a blank line between, and
 * `kind/name` names.
 */
import { stringify } from 'yaml';
import { ENDPOINTS_DEPRECATION, minorOf } from '../../engine';
import { listOf } from '../apiObjects';
import { failure, type CommandResult, type ReadyContext } from '../context';
import type { FlagValues } from '../parseCommandLine';
import { labelsText, tabwrite } from '../format';
import { executeJsonPath, parseJsonPath } from '../jsonpath';
import { parseLabelSelector } from '../labelSelector';
import { namespaceOf, notFound, notFoundHint } from '../lookup';
import { ALL_CATEGORY, kindOf, NAMESPACED, RESOURCE_NAME_FORM, resourceNameFormHint, SINGULAR, type ResourceKind } from '../resources';
import { sortByField } from '../sortBy';
import { serviceCIDRList } from './serviceCIDRs';
import { customColumnsTable, parseCustomColumns } from './customColumns';
import { buildRows, HEADERS, WIDE, withWide, type Row } from './getRows';

export type { Row } from './getRows';

const OUTPUTS = ['wide', 'yaml', 'json', 'name'];
const ALLOWED =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

interface Target {
  kind: ResourceKind;
  word: string;
  names: string[];
}

/** One object found: its kind and its row. */
export interface Item {
  kind: ResourceKind;
  row: Row;
}

type TargetsResult = { ok: true; targets: Target[] } | { ok: false; error: string; hint?: string };

/** The kinds and names the arguments ask for, in their order (`svc,deploy`, `svc/a deploy/b`, `all`). */
function targetsOf(args: readonly string[]): TargetsResult {
  const targets: Target[] = [];
  const add = (kind: ResourceKind, word: string, names: string[]) => {
    const same = targets.find((t) => t.kind === kind);
    if (same) same.names.push(...names.filter((n) => !same.names.includes(n)));
    else targets.push({ kind, word, names: [...names] });
  };
  if (args.some((a) => a.includes('/'))) {
    for (const arg of args) {
      const slash = arg.indexOf('/');
      if (slash < 0)
        return {
          ok: false,
          error: RESOURCE_NAME_FORM,
          hint: resourceNameFormHint(
            arg,
            args.find((a) => a.includes('/'))!,
          ),
        };
      const word = arg.slice(0, slash);
      const name = arg.slice(slash + 1);
      if (!name || word.includes(','))
        return { ok: false, error: 'error: arguments in resource/name form must have a single resource and name' };
      const kind = kindOf(word);
      if (!kind.ok) return kind;
      add(kind.kind, word, [name]);
    }
    return { ok: true, targets };
  }
  const names = args.slice(1);
  for (const word of args[0]!.split(',').filter(Boolean)) {
    if (word.toLowerCase() === 'all') {
      for (const kind of ALL_CATEGORY) add(kind, SINGULAR[kind], names);
      continue;
    }
    const kind = kindOf(word);
    if (!kind.ok) return kind;
    add(kind.kind, word, names);
  }
  if (targets.length === 0) return { ok: false, error: 'error: you must specify the type of resource to get.' };
  return { ok: true, targets };
}

const byNamespaceAndName = (a: Row, b: Row): number => {
  const x = `${a.namespace ?? ''}/${a.name}`;
  const y = `${b.namespace ?? ''}/${b.name}`;
  return x < y ? -1 : x > y ? 1 : 0;
};

interface Found {
  targets: Target[];
  items: Item[];
  missing: string[];
}

/** The objects a `get` asks for, in the order kubectl prints them; or kubectl's error. */
export function findItems(
  args: string[],
  flags: FlagValues,
  context: ReadyContext,
): ({ ok: true } & Found) | { ok: false; error: string; hint?: string } {
  if (args.length === 0)
    return { ok: false, error: 'error: you must specify the type of resource to get.', hint: 'e.g. kubectl get pods -o wide' };
  const parsed = targetsOf(args);
  if (!parsed.ok) return parsed;
  const { targets } = parsed;
  for (const target of targets) {
    if (target.kind !== 'ServiceCIDR') continue;
    const served = serviceCIDRList(context);
    if (!served.ok) return { ok: false, error: `error: the server doesn't have a resource type "${target.word}"`, hint: served.hint };
  }
  const all = flags['all-namespaces'] === true;
  const ns = namespaceOf(flags);
  const wide = flags.output === 'wide';
  const selector = typeof flags.selector === 'string' ? parseLabelSelector(flags.selector) : null;
  if (selector && !selector.ok) return { ok: false, error: selector.error };
  let items: Item[] = [];
  const missing: string[] = [];
  for (const target of targets) {
    const namespaced = NAMESPACED[target.kind];
    const rows = buildRows(target.kind, context.report, context, wide)
      .filter((r) => !namespaced || all || r.namespace === ns)
      .filter((r) => !selector?.ok || selector.matches(r.labels))
      .sort(byNamespaceAndName);
    if (target.names.length === 0) {
      items.push(...rows.map((row) => ({ kind: target.kind, row })));
      continue;
    }
    for (const name of target.names) {
      const row = rows.find((r) => r.name === name);
      if (row) items.push({ kind: target.kind, row });
      else missing.push(notFound(target.kind, name));
    }
  }
  if (typeof flags['sort-by'] === 'string') {
    const sorted = sortByField(items, (item) => item.row.object(), flags['sort-by']);
    if (!sorted.ok) return { ok: false, error: sorted.error };
    items = sorted.items;
  }
  return { ok: true, targets, items, missing };
}

export function get(args: string[], flags: FlagValues, context: ReadyContext): CommandResult {
  const report = context.report;
  const output = typeof flags.output === 'string' ? flags.output : '';
  const format = output.includes('=') ? output.slice(0, output.indexOf('=')) : output;
  if (output && !OUTPUTS.includes(output) && format !== 'jsonpath' && format !== 'custom-columns') {
    if (ALLOWED.split(',').includes(format))
      return failure(
        `error: "-o ${format}" is not supported by the playground`,
        'It prints -o wide, yaml, json, name, jsonpath=TEMPLATE and custom-columns=SPEC.',
      );
    return failure(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: ${ALLOWED}`);
  }
  if (flags.watch === true && format !== '' && format !== 'wide')
    return failure(
      `error: the playground watches tables only (kubectl get -w or -w -o wide), not -o ${format}`,
      'Leave -o out, or drop -w.',
    );
  const found = findItems(args, flags, context);
  if (!found.ok) return failure(found.error, found.hint);
  const { targets, items, missing } = found;
  // The watch's resource.Builder asks for SingleResourceType: several kinds (svc,deploy, all) are its error.
  if (flags.watch === true && targets.length > 1)
    return failure(
      'error: you may only specify a single resource type',
      `Watch one kind at a time, e.g. kubectl get ${targets[0]!.word} -w.`,
    );
  const all = flags['all-namespaces'] === true;
  const ns = namespaceOf(flags);

  const warnings =
    targets.some((t) => t.kind === 'Endpoints') && minorOf(report.kubernetesVersion) >= 33 ? [`Warning: ${ENDPOINTS_DEPRECATION}`] : [];
  const single = targets.length === 1 && targets[0]!.names.length === 1;
  const named = targets.some((t) => t.names.length > 0);
  const withNamespace = all && targets.some((t) => NAMESPACED[t.kind]);
  const printed = print(items, { output, format, flags, withNamespace, single });
  if (!printed.ok) return failure(printed.error);
  let text = printed.text;
  if (items.length === 0 && !named && (format === '' || format === 'wide')) {
    const anyNamespaced = targets.some((t) => NAMESPACED[t.kind]);
    text = anyNamespaced && !all ? `No resources found in ${ns} namespace.` : 'No resources found';
  }
  const lines = [...warnings, ...(text ? [text] : []), ...missing];
  const result: CommandResult = { output: lines.join('\n'), events: [], exitCode: missing.length ? 1 : 0 };
  if (missing.length > 0 && items.length === 0) {
    const first = targets[0]!;
    // A name that is in another namespace: say where (as for describe, patch and hit).
    const elsewhere = all
      ? undefined
      : targets.flatMap((t) => t.names.map((n) => notFoundHint(context, t.kind, n, ns))).find((h) => h.startsWith('There is'));
    const hint = elsewhere ?? `Try kubectl get ${first.word}${NAMESPACED[first.kind] ? (all ? ' -A' : ` -n ${ns}`) : ''} to list them.`;
    return { ...result, output: `${result.output}\n${hint}`, hint };
  }
  if (flags.watch === true) return { ...result, watch: true };
  return result;
}

interface PrintOptions {
  output: string;
  format: string;
  flags: FlagValues;
  withNamespace: boolean;
  single: boolean;
}

type Printed = { ok: true; text: string } | { ok: false; error: string };

function print(items: Item[], options: PrintOptions): Printed {
  const { output, format, flags } = options;
  const objects = () =>
    listOf(
      items.map((i) => i.row.object()),
      options.single,
    );
  switch (format) {
    case 'yaml':
      return { ok: true, text: stringify(objects(), { lineWidth: 0 }).trimEnd() };
    case 'json':
      return { ok: true, text: JSON.stringify(objects(), null, 4) };
    case 'name':
      return { ok: true, text: items.map((i) => `${SINGULAR[i.kind]}/${i.row.name}`).join('\n') };
    case 'jsonpath': {
      const template = parseJsonPath(output.slice(output.indexOf('=') + 1));
      if (!template.ok)
        return { ok: false, error: `error: error parsing jsonpath ${output.slice(output.indexOf('=') + 1)}, ${template.error}` };
      return { ok: true, text: executeJsonPath(template.template, objects()) };
    }
    case 'custom-columns': {
      const columns = parseCustomColumns(output.slice(output.indexOf('=') + 1));
      if (!columns.ok) return columns;
      return {
        ok: true,
        text: customColumnsTable(
          columns.columns,
          items.map((i) => i.row.object()),
          flags['no-headers'] === true,
        ).join('\n'),
      };
    }
  }
  return { ok: true, text: tableText(items, output === 'wide', flags, options.withNamespace) };
}

/**
 * The human-readable tables: one per run of a kind, each aligned on its own, a blank line between;
 * names as `kind/name` when the objects are of more than one kind.
 */
export function tableText(items: readonly Item[], wide: boolean, flags: FlagValues, withNamespace: boolean): string {
  return tableBlocks(items, wide, flags, withNamespace)
    .map((block) => tabwrite([...(block.header ? [block.header] : []), ...block.rows.map((r) => r.cells)]).join('\n'))
    .join('\n\n');
}

export interface TableBlock {
  /** The column names; absent with `--no-headers`. */
  header?: string[];
  /** Each object's cells, keyed `Kind namespace/name`. */
  rows: { key: string; cells: string[] }[];
}

/** The tables kubectl prints for these objects, one per run of a kind. */
export function tableBlocks(items: readonly Item[], wide: boolean, flags: FlagValues, withNamespace: boolean): TableBlock[] {
  const withKind = new Set(items.map((i) => i.kind)).size > 1;
  const labelColumns = (Array.isArray(flags['label-columns']) ? flags['label-columns'] : []).flatMap((c) => c.split(','));
  const showLabels = flags['show-labels'] === true;
  const blocks: TableBlock[] = [];
  let last: ResourceKind | undefined;
  // -A adds a NAMESPACE column to the tables of namespaced kinds only.
  let namespaced = false;
  for (const { kind, row } of items) {
    if (kind !== last) {
      namespaced = withNamespace && NAMESPACED[kind];
      const header = [
        ...(namespaced ? ['NAMESPACE'] : []),
        ...withWide(kind, HEADERS[kind], wide ? WIDE[kind] : []),
        ...labelColumns.map((k) => (k.split('/').pop() ?? k).toUpperCase()),
        ...(showLabels ? ['LABELS'] : []),
      ];
      blocks.push(flags['no-headers'] === true ? { rows: [] } : { header, rows: [] });
      last = kind;
    }
    const cells = [...row.cells];
    if (withKind && kind !== 'Event') cells[0] = `${SINGULAR[kind]}/${cells[0]}`;
    blocks[blocks.length - 1]!.rows.push({
      key: `${kind} ${row.namespace ?? ''}/${row.name}`,
      cells: [
        ...(namespaced ? [row.namespace ?? ''] : []),
        ...withWide(kind, cells, wide ? row.wide : []),
        ...labelColumns.map((key) => row.labels[key] ?? ''),
        ...(showLabels ? [labelsText(row.labels)] : []),
      ],
    });
  }
  return blocks;
}
