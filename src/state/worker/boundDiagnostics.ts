/**
 * The diagnostics a page shows of one analysis: at most MAX_LISTED_DIAGNOSTICS (errors first, each
 * group in the report's order), then one line counting the rest. A 9.5 MB dump can give 40,000
 * warnings: passing and listing them all froze the page, and no one reads them in a browser.
 */
import type { Diagnostic, RoutingReport } from '../../engine';

export const MAX_LISTED_DIAGNOSTICS = 500;

/**
 * The report with its diagnostics bounded; the same report when they fit.
 *
 * @example
 * boundDiagnostics(report).diagnostics.at(-1)?.message; // "39,269 more diagnostics not listed (…)"
 */
export function boundDiagnostics<T extends Pick<RoutingReport, 'diagnostics'>>(report: T, max = MAX_LISTED_DIAGNOSTICS): T {
  const all = report.diagnostics;
  if (all.length <= max) return report;
  const order = { error: 0, warning: 1, info: 2 } as const;
  const listed = all
    .map((d, i) => ({ d, i }))
    .sort((a, b) => order[a.d.severity] - order[b.d.severity] || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.d);
  const rest = all.length - max;
  const count = (severity: Diagnostic['severity']) =>
    all.filter((d) => d.severity === severity).length - listed.filter((d) => d.severity === severity).length;
  const first = all[0]!;
  const summary: Diagnostic = {
    file: first.file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    severity: 'info',
    message: `${rest.toLocaleString('en-US')} more diagnostics not listed (${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos); \`npm run route\` lists them all`,
  };
  return { ...report, diagnostics: [...listed, summary] };
}
