/**
 * The routing report as Markdown tables (for docs and issues): the CLI's table columns, one row
 * per node view and per client route, then the diagnostics.
 */
import { formatEndpoints } from './formatTable';
import { expandViews } from '../engine';
import type { RoutingReport } from '../engine';
import { proxyModeLabel } from './proxyModeLabel';

/** A table cell: pipes escaped, line breaks flattened, markup characters shown as written. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>`*_[\]]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

const port = (v: { port: number; portName?: string; protocol: string }) => `${v.portName ? `${v.portName}:` : ''}${v.port}/${v.protocol}`;

/**
 * @example
 * reportMarkdown(report).split('\n')[0]; // '# Routing report'
 */
export function reportMarkdown(report: RoutingReport): string {
  const zoneOf = new Map(report.nodes.map((n) => [n.name, n.zone ?? '-']));
  const mode = proxyModeLabel(report);
  const parts = ['# Routing report', '', `Kubernetes ${report.kubernetesVersion}, kube-proxy mode ${mode}.`, ''];
  parts.push('## Per node', '');
  const views = expandViews(report);
  parts.push(
    views.length
      ? table(
          ['Node', 'Zone', 'Service', 'Port', 'Traffic', 'Verdict', 'Endpoints'],
          views.map((v) => [v.node, zoneOf.get(v.node) ?? '-', v.service, port(v), v.traffic, v.verdict, formatEndpoints(v)]),
        )
      : '_No Service has endpoints to route to._',
    '',
  );
  parts.push('## Client routes', '');
  parts.push(
    report.routes.length
      ? table(
          ['From', 'Node', 'Service', 'Port', 'Traffic', 'Verdict', 'Endpoints', 'Why'],
          report.routes.map((r) => [
            r.from,
            r.node,
            r.service,
            port(r),
            r.traffic,
            r.verdict,
            formatEndpoints(r),
            r.trace[r.trace.length - 1]?.message ?? '',
          ]),
        )
      : '_No client pods._',
    '',
  );
  if (report.diagnostics.length) {
    parts.push(
      '## Diagnostics',
      '',
      table(
        ['Severity', 'Where', 'Message'],
        report.diagnostics.map((d) => [d.severity, `${d.file}:${d.line}:${d.column}`, d.message]),
      ),
      '',
    );
  }
  return `${parts.join('\n')}`;
}
