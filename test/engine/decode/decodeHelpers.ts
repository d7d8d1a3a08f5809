import { decodeCluster } from '../../../src/engine/decode/decodeCluster';
import type { Diagnostic } from '../../../src/engine/diagnostics';
import { parseManifests } from '../../../src/engine/parse/parseManifests';
import type { KubeVersion } from '../../../src/engine/version';

/** Parses and decodes one YAML text as file `test.yaml` (without the default cluster: the objects alone). */
export function decodeYaml(text: string, version: KubeVersion = '1.34', featureGates?: Record<string, boolean>) {
  const parsed = parseManifests([{ name: 'test.yaml', text }]);
  const decoded = decodeCluster(parsed.documents, { version, featureGates, defaultCluster: false });
  return { ...decoded.cluster, cluster: decoded.cluster, diagnostics: [...parsed.diagnostics, ...decoded.diagnostics] };
}

export function messages(diagnostics: readonly Diagnostic[], severity?: Diagnostic['severity']): string[] {
  return diagnostics.filter((d) => !severity || d.severity === severity).map((d) => d.message);
}

/** A minimal valid Service manifest with extra spec lines (indented by the caller's 2 spaces). */
export function serviceYaml(spec: string, meta = ''): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: web
${meta}spec:
  selector:
    app: web
${spec}`;
}
