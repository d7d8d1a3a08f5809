/** `route --rules <node>`: the node's kube-proxy rules on stdout, diagnostics on stderr. */
import { hasErrors, nodeRules, rulesText } from '../engine';
import type { RoutingReport } from '../engine';
import { escapeTerminal } from '../format/escapeTerminal';
import { formatDiagnostic } from '../format/formatTable';
import type { RouteOptions } from './parseArgs';
import type { RouteIO } from './runRoute';

/** Exit status as runRoute returns it: 0, 1 with error diagnostics, 2 for an unknown node or mode. */
export function renderRules(report: RoutingReport, options: RouteOptions, io: RouteIO): number {
  for (const d of report.diagnostics) {
    if (d.severity === 'error') io.stderr(`${formatDiagnostic(d)}\n`);
  }
  const result = nodeRules(report, { node: options.rulesNode!, ...(options.rulesMode ? { mode: options.rulesMode } : {}) });
  if (!result.ok) {
    io.stderr(`route: --rules: ${escapeTerminal(result.error, 'cell')}\n`);
    return 2;
  }
  for (const note of result.notes) io.stderr(`route: --rules: note: ${escapeTerminal(note, 'cell')}\n`);
  io.stdout(escapeTerminal(rulesText(result.lines)));
  // What the listing assumes or leaves out: beside the listing, never in it.
  for (const note of result.notes ?? []) io.stderr(`note: ${escapeTerminal(note, 'cell')}\n`);
  return hasErrors(report.diagnostics) ? 1 : 0;
}
