/** The policy comparison as text: one row per choice, per-client shares, the failure, the estimate's assumptions. */
import {
  DEFAULT_ESTIMATE_INPUTS,
  ESTIMATE_ASSUMPTIONS,
  formatShare,
  shortObjectKey,
  type ChoiceColumn,
  type PolicyComparison,
  type ScenarioFigures,
} from '../engine';
import { formatGb, formatLatency, formatOverload, formatUsd } from './compareFigures';
import { alignColumns } from './textTable';

function choiceCell(column: ChoiceColumn): string {
  return `${column.choice.current ? '* ' : '  '}${column.choice.label}`;
}

function summaryRows(columns: readonly ChoiceColumn[], pick: (c: ChoiceColumn) => ChoiceColumn['underFailure'] | undefined): string[][] {
  const rows = [
    [
      '  CHOICE',
      'SAME NODE',
      'SAME ZONE',
      'CROSS ZONE',
      'DROPPED',
      'BUSIEST',
      'VS EVEN',
      'IDLE',
      'CROSS-ZONE/MONTH',
      'COST/MONTH',
      'LATENCY',
    ],
  ];
  for (const column of columns) {
    const data = pick(column);
    if (!data) continue;
    const { figures, estimate } = data;
    const o = figures.overall;
    const busiest = figures.load.busiest;
    rows.push([
      choiceCell(column),
      formatShare(o.sameNode),
      formatShare(o.sameZone),
      formatShare(o.crossZone),
      formatShare(o.dropped + o.rejected),
      busiest ? `${shortObjectKey(busiest.pod)} ${formatShare(busiest.share)}` : '–',
      formatOverload(figures.load),
      String(figures.load.idle.length),
      formatGb(estimate.crossZoneGbPerMonth),
      formatUsd(estimate.costPerMonth),
      formatLatency(estimate),
    ]);
  }
  return rows;
}

function clientRows(columns: readonly ChoiceColumn[], pick: (c: ChoiceColumn) => ScenarioFigures | undefined): string[][] {
  const present = columns.filter((c) => pick(c));
  const clients = [...new Set(present.flatMap((c) => pick(c)!.clients.map((f) => f.client)))];
  const rows = [['  CLIENT', ...present.map((c) => c.choice.label)]];
  for (const client of clients) {
    rows.push([
      `  ${shortObjectKey(client)}`,
      ...present.map((c) => {
        const f = pick(c)!.clients.find((x) => x.client === client);
        if (!f) return '–';
        if (f.verdict !== 'forward') return f.verdict === 'drop' ? 'DROPPED' : 'REJECTED';
        return `${formatShare(f.shares.sameNode)}/${formatShare(f.shares.sameZone)}/${formatShare(f.shares.crossZone)}`;
      }),
    ]);
  }
  return rows;
}

function notes(columns: readonly ChoiceColumn[], pick: (c: ChoiceColumn) => ScenarioFigures | undefined): string[] {
  const lines: string[] = [];
  for (const column of columns) {
    const figures = pick(column);
    if (!figures) continue;
    const said: string[] = [];
    if (figures.load.idle.length) said.push(`idle: ${figures.load.idle.map(shortObjectKey).join(', ')}`);
    if (figures.dropped.length) said.push(`dropped: ${figures.dropped.map(shortObjectKey).join(', ')}`);
    if (figures.rejected.length) said.push(`rejected: ${figures.rejected.map(shortObjectKey).join(', ')}`);
    if (figures.offline.length) said.push(`offline (send nothing): ${figures.offline.map(shortObjectKey).join(', ')}`);
    for (const error of figures.errors) said.push(`error: ${error}`);
    if (said.length) lines.push(`  ${column.choice.label}: ${said.join('; ')}`);
  }
  return lines;
}

function section(comparison: PolicyComparison, pick: (c: ChoiceColumn) => ChoiceColumn['underFailure'] | undefined): string[] {
  const lines = alignColumns(summaryRows(comparison.columns, pick));
  lines.push('', 'Per client (same node/same zone/cross zone):', ...alignColumns(clientRows(comparison.columns, (c) => pick(c)?.figures)));
  const said = notes(comparison.columns, (c) => pick(c)?.figures);
  if (said.length) lines.push('', ...said);
  return lines;
}

/**
 * Renders a policy comparison as text for the terminal: the choices as rows (the Service's own
 * spec starred), the clients' shares per choice, the failure's table, and every estimate input
 * with the assumption behind its default.
 *
 * @example
 * const result = compareChoices(files);
 * if ('comparison' in result) process.stdout.write(formatCompareTable(result.comparison));
 */
export function formatCompareTable(comparison: PolicyComparison): string {
  const n = comparison.clients.length;
  const lines = [
    `Service ${comparison.service} port ${comparison.port}/${comparison.protocol}${comparison.ipFamily ? ` (${comparison.ipFamily})` : ''}, Kubernetes ${comparison.kubernetesVersion}, ${n} client${n === 1 ? '' : 's'}${n ? ` (${comparison.clients.map(shortObjectKey).join(', ')})` : ''}`,
    '* = the spec as written. SAME NODE, SAME ZONE (another node), CROSS ZONE and DROPPED are shares of all clients’ requests;',
    'BUSIEST is the endpoint with the largest share, VS EVEN its share over an even split; IDLE counts Ready endpoints that get nothing.',
    '',
    ...section(comparison, (c) => c),
  ];
  const failure = comparison.failure;
  if (failure?.problem) lines.push('', `Under failure: cannot happen: ${failure.problem}`);
  else if (failure) {
    lines.push('', `Under failure: ${failure.label} (right after it, before replacement pods are Ready)`);
    for (const entry of failure.log) lines.push(`  | ${entry}`);
    lines.push('', ...section(comparison, (c) => c.underFailure));
  }
  for (const column of comparison.columns) if (column.choice.note) lines.push('', `Note: ${column.choice.note}.`);
  if (comparison.unavailable.length) {
    lines.push('', `Not offered by Kubernetes ${comparison.kubernetesVersion}:`);
    for (const u of comparison.unavailable) lines.push(`  ${u.label}: ${u.reason}`);
  }
  const inputs = comparison.estimateInputs;
  const d = DEFAULT_ESTIMATE_INPUTS;
  const source = (given: boolean, assumption: string) => (given ? 'given' : assumption);
  const latencyDefault =
    inputs.latencyMs.sameNode === d.latencyMs.sameNode &&
    inputs.latencyMs.sameZone === d.latencyMs.sameZone &&
    inputs.latencyMs.crossZone === d.latencyMs.crossZone;
  lines.push(
    '',
    'Estimate inputs (the defaults are assumptions, not measurements; change them with --rate, --request-bytes, --response-bytes, --price-per-gb):',
    `  ${inputs.requestsPerSecondPerClient} requests/s per client: ${source(inputs.requestsPerSecondPerClient !== d.requestsPerSecondPerClient, ESTIMATE_ASSUMPTIONS.requestsPerSecondPerClient)}`,
    `  ${inputs.requestBytes} B per request: ${source(inputs.requestBytes !== d.requestBytes, ESTIMATE_ASSUMPTIONS.requestBytes)}`,
    `  ${inputs.responseBytes} B per response: ${source(inputs.responseBytes !== d.responseBytes, ESTIMATE_ASSUMPTIONS.responseBytes)}`,
    `  ${inputs.pricePerGb} USD per GB crossing zones: ${source(inputs.pricePerGb !== d.pricePerGb, ESTIMATE_ASSUMPTIONS.pricePerGb)}`,
    `  ${inputs.latencyMs.sameNode} / ${inputs.latencyMs.sameZone} / ${inputs.latencyMs.crossZone} ms latency (same node / same zone / cross zone): ${source(!latencyDefault, ESTIMATE_ASSUMPTIONS.latencyMs)}`,
    '  A month is 730 hours and a GB 10^9 bytes, as cloud price lists count them. Only cross-zone traffic is priced.',
  );
  return lines.join('\n') + '\n';
}

/** The comparison as JSON data: the comparison itself, with the assumptions behind the estimate's defaults. */
export function compareJson(comparison: PolicyComparison): PolicyComparison & { assumptions: typeof ESTIMATE_ASSUMPTIONS } {
  return { ...comparison, assumptions: ESTIMATE_ASSUMPTIONS };
}
