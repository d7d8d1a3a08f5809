import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWrittenFiles } from '../../../src/engine/analyzeCluster';
import { analyzeObjects } from '../../../src/engine/analyze';
import { IncrementalAnalysis } from '../../../src/engine/incremental';
import { ParsedDocumentCache } from '../../../src/engine/parse/parsedDocuments';
import { fromWire, toWire } from '../../../src/engine/reportWire';
import type { SourceFile } from '../../../src/engine/parse/manifestDocument';
import type { RoutingReport } from '../../../src/engine/report';
import { SIZES, syntheticCluster } from '../../bench/syntheticCluster';

const DEMO = join(__dirname, '../../../src/scenarios/seed-demo');
const demoFiles = (): SourceFile[] =>
  ['cluster.yaml', 'echo-pod.yaml', 'echo-service.yaml', 'client.yaml'].map((name) => ({
    name,
    text: readFileSync(join(DEMO, name), 'utf8'),
  }));

/** The report as the page receives it from the worker (posted in its wire form, revived), every trace spelled out. */
function wire(report: RoutingReport): unknown {
  return JSON.parse(JSON.stringify(fromWire(structuredClone(toWire(report)))));
}

function withService(files: SourceFile[], edit: (text: string) => string): SourceFile[] {
  return files.map((f) => (f.name === 'echo-service.yaml' ? { ...f, text: edit(f.text) } : f));
}

describe('IncrementalAnalysis on the seed demo', () => {
  it('redoes only echo-svc when its trafficDistribution is set, and routes the client to its own node', () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    analysis.analyzeFiles(files, {}, cache);
    expect(analysis.lastRun.kind).toBe('full');

    const edited = withService(files, (text) => text.replace(/^spec:\n/m, 'spec:\n  trafficDistribution: PreferSameNode\n'));
    const report = analysis.analyzeFiles(edited, {}, cache);
    expect(analysis.lastRun).toMatchObject({ kind: 'incremental', services: ['default/echo-svc'] });
    const route = report.routes.find((r) => r.from === 'default/client')!;
    expect(route.endpoints.filter((e) => e.weight > 0).map((e) => [e.node, e.weight])).toEqual([['mnode-m02', 1]]);
    expect(wire(report)).toEqual(wire(analyzeWrittenFiles(edited)));
  });

  it('analyses in full, and says why, when a pod is added or the options change', () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    analysis.analyzeFiles(files, {}, cache);
    const more = files.map((f) =>
      f.name === 'client.yaml' ? { ...f, text: `${f.text}---\n${f.text.replace(/name: client\b/, 'name: client-2')}` } : f,
    );
    const report = analysis.analyzeFiles(more, {}, cache);
    expect(analysis.lastRun).toMatchObject({ kind: 'full', reason: 'documents were added or removed (6 → 7)' });
    expect(report.pods.map((p) => p.name)).toContain('client-2');

    analysis.analyzeFiles(more, { kubernetesVersion: '1.33' }, cache);
    expect(analysis.lastRun).toMatchObject({ kind: 'full', reason: 'the analysis options changed' });
  });

  it('keeps the same report, diagnostics included, when a YAML error appears and goes away elsewhere', () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    analysis.analyzeFiles(files, {}, cache);
    const broken = [...files, { name: 'scratch.yaml', text: 'kind: [\n' }];
    const report = analysis.analyzeFiles(broken, {}, cache);
    expect(analysis.lastRun.kind).toBe('incremental');
    expect(report.diagnostics.some((d) => d.file === 'scratch.yaml' && d.severity === 'error')).toBe(true);
    expect(wire(report)).toEqual(wire(analyzeWrittenFiles(broken)));
  });

  it('falls back when an edit renames the Service', () => {
    const analysis = new IncrementalAnalysis();
    const cache = new ParsedDocumentCache();
    const files = demoFiles();
    analysis.analyzeFiles(files, {}, cache);
    const renamed = withService(files, (text) => text.replace('name: echo-svc', 'name: echo-svc-2'));
    const report = analysis.analyzeFiles(renamed, {}, cache);
    expect(analysis.lastRun).toMatchObject({ kind: 'full', reason: 'Service default/echo-svc was renamed' });
    expect(report.services.map((s) => s.key)).toEqual(['default/echo-svc-2']);
  });
});

describe('IncrementalAnalysis on plain objects', () => {
  it('redoes one Service of the small benchmark cluster: the same report as analyzeObjects', () => {
    const objects = syntheticCluster(SIZES[0]!);
    const analysis = new IncrementalAnalysis();
    analysis.analyzeObjects(objects);
    const at = objects.findIndex((o) => o.kind === 'Service' && (o.metadata as { name: string }).name === 'svc-17');
    const edited = objects.slice();
    const service = objects[at] as { spec: Record<string, unknown> };
    edited[at] = { ...service, spec: { ...service.spec, sessionAffinity: 'ClientIP', internalTrafficPolicy: 'Local' } };
    const report = analysis.analyzeObjects(edited);
    expect(analysis.lastRun).toMatchObject({ kind: 'incremental', services: ['ns-1/svc-17'] });
    expect(report.services.find((s) => s.key === 'ns-1/svc-17')).toMatchObject({
      sessionAffinity: 'ClientIP',
      internalTrafficPolicy: 'Local',
    });
    expect(wire(report)).toEqual(wire(analyzeObjects(edited)));
  });
});
