import type { Diagnostic, Severity } from '../../engine';

/** Monaco's MarkerSeverity values (monaco.MarkerSeverity), kept here so this module stays editor-free. */
export const MARKER_SEVERITY: Record<Severity, number> = { error: 8, warning: 4, info: 2 };

export interface MarkerData {
  severity: number;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  source: string;
}

/**
 * Monaco markers for the diagnostics of one file. A zero-width range is widened to the rest of
 * the line so the squiggle is visible.
 *
 * @example
 * markersForFile(report.diagnostics, 'echo-service.yaml', (line) => model.getLineMaxColumn(line));
 */
export function markersForFile(diagnostics: readonly Diagnostic[], file: string, lineMaxColumn: (line: number) => number): MarkerData[] {
  return diagnostics
    .filter((d) => d.file === file)
    .map((d) => {
      let { endLine, endColumn } = d;
      if (endLine < d.line || (endLine === d.line && endColumn <= d.column)) {
        endLine = d.line;
        endColumn = Math.max(d.column + 1, lineMaxColumn(d.line));
      }
      return {
        severity: MARKER_SEVERITY[d.severity],
        message: d.path && !d.message.includes(d.path) ? `${d.path}: ${d.message}` : d.message,
        startLineNumber: d.line,
        startColumn: d.column,
        endLineNumber: endLine,
        endColumn,
        source: d.object ?? 'kube-traffic-playground',
      };
    });
}
