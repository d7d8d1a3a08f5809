/**
 * Opening a large manifest: the whole pipeline (YAML reading included) on a ~20 MB file, written
 * as `kubectl get -o yaml` prints a List and as a multi-document file. Measured in a fresh
 * process per file, so the time is a cold open and the peak memory is the open's own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { analyzeFiles } from '../../src/engine/analyze';
import { syntheticCluster, type ClusterSize } from './syntheticCluster';

/** About 20 MB of YAML either way. */
export const YAML_SIZE: ClusterSize = { name: 'yaml', nodes: 1_600, pods: 48_000, services: 1_600, zones: 3, clients: 5, namespaces: 10 };

export interface YamlFigures {
  ms: number;
  peakRssMB: number;
  objects: number;
  routes: number;
  errors: number;
}

/** Writes the two files into `dir`; returns their paths and sizes. */
export function writeYamlManifests(dir: string): { label: string; path: string; bytes: number }[] {
  const objects = syntheticCluster(YAML_SIZE);
  const list = stringify({ apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } }, { indentSeq: false });
  const multi = objects.map((o) => stringify(o)).join('---\n');
  const files = [
    { label: 'kubectl List', path: join(dir, 'list.yaml'), text: list },
    { label: 'multi-document', path: join(dir, 'multi.yaml'), text: multi },
  ];
  for (const f of files) writeFileSync(f.path, f.text);
  return files.map((f) => ({ label: f.label, path: f.path, bytes: f.text.length }));
}

/** One cold analysis of the file at `path`, as the page's worker would run it. */
export function measureYamlManifest(path: string): YamlFigures {
  const text = readFileSync(path, 'utf8');
  const t0 = performance.now();
  const report = analyzeFiles([{ name: 'cluster.yaml', text }]);
  const ms = performance.now() - t0;
  return {
    ms,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    objects: YAML_SIZE.nodes + YAML_SIZE.pods + YAML_SIZE.services,
    routes: report.routes.length,
    errors: report.diagnostics.filter((d) => d.severity === 'error').length,
  };
}
