import type { SourceRef } from '../diagnostics';

/** A file of the workspace, like one `kubectl apply -f` argument. */
export interface SourceFile {
  name: string;
  text: string;
}

/** One Kubernetes object read from a file (a YAML document, or an item of a `kind: List`). */
export interface ManifestDocument {
  /** The plain object, as JSON.parse or YAML would give it. */
  object: Record<string, unknown>;
  source: SourceRef;
}
