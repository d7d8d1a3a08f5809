/** Diagnostics: what the engine says about the input, located in the user's files. */

export type Severity = 'error' | 'warning' | 'info';

/** A place in a source file. Lines and columns are 1-based, like editors show them. */
export interface SourceRange {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic extends SourceRange {
  severity: Severity;
  message: string;
  /** The object it concerns, e.g. "Service default/echo-svc", when there is one. */
  object?: string;
  /** The field path within that object, e.g. "spec.trafficDistribution". */
  path?: string;
}

/** Where an object came from; `locate` finds a field of it (falling back to the object itself). */
export interface SourceRef {
  file: string;
  range: SourceRange;
  /** Offset of the object in its file, when known: orders objects without reading their lines. */
  order?: number;
  /** Range of the node at a field path (e.g. ['spec', 'ports', 0, 'port']), or the nearest existing parent. */
  locate(path: readonly (string | number)[]): SourceRange;
}

/** A source reference for objects that were not read from a file (generated or synthetic). */
export function syntheticSource(file: string): SourceRef {
  const range: SourceRange = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { file, range, locate: () => range };
}

export function diagnosticAt(
  source: SourceRef,
  path: readonly (string | number)[],
  severity: Severity,
  message: string,
  object?: string,
): Diagnostic {
  const range = source.locate(path);
  const diagnostic: Diagnostic = { ...range, severity, message };
  if (object) diagnostic.object = object;
  if (path.length) diagnostic.path = formatFieldPath(path);
  return diagnostic;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Renders a field path the way the API server does: `spec.ports[0].targetPort`. */
export function formatFieldPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}
