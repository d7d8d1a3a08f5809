import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/engine/diagnostics';
import { markersForFile, MARKER_SEVERITY } from '../../../src/ui/editor/markers';

const at = (
  file: string,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic => ({
  file,
  line,
  column,
  endLine,
  endColumn,
  severity,
  message: 'Unsupported value: "Bogus"',
  path: 'spec.trafficDistribution',
});

describe('markersForFile', () => {
  it('keeps the engine range and only the file asked for', () => {
    const markers = markersForFile([at('a.yaml', 12, 24, 12, 29), at('b.yaml', 1, 1, 1, 5)], 'a.yaml', () => 40);
    expect(markers).toEqual([
      expect.objectContaining({ startLineNumber: 12, startColumn: 24, endLineNumber: 12, endColumn: 29, severity: MARKER_SEVERITY.error }),
    ]);
    expect(markers[0]!.message).toBe('spec.trafficDistribution: Unsupported value: "Bogus"');
  });

  it('widens an empty range to the end of the line', () => {
    const [marker] = markersForFile([at('a.yaml', 3, 5, 3, 5, 'warning')], 'a.yaml', (line) => (line === 3 ? 17 : 1));
    expect(marker).toMatchObject({ startColumn: 5, endLineNumber: 3, endColumn: 17, severity: MARKER_SEVERITY.warning });
  });
});
