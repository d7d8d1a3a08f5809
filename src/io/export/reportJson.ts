/** The routing report as the CLI's `--format json` prints it. */
import { buildJsonReport } from '../../format/jsonReport';
import type { RoutingReport } from '../../engine';

export function reportJson(report: RoutingReport): string {
  return `${JSON.stringify(buildJsonReport(report), null, 2)}\n`;
}
