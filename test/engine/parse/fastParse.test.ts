/**
 * The fast reading of large files must give what the full parse gives: the same objects, the
 * same diagnostics at the same lines, the same report. Every YAML file of the project's fixtures
 * and scenarios is read both ways, as written, as one kubectl-style List and as JSON.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { analyzeFiles } from '../../../src/engine/analyze';
import type { SourceRef } from '../../../src/engine/diagnostics';
import { parseManifests } from '../../../src/engine/parse/parseManifests';
import { parsedDocuments } from '../../../src/engine/parse/parsedDocuments';
import type { SourceFile } from '../../../src/engine/parse/manifestDocument';

const FULL = { fastParseMinBytes: Number.POSITIVE_INFINITY };
const FAST = { fastParseMinBytes: 0 };

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

const FIXTURES = ['test/cli/fixtures', 'test/fixtures', 'src/scenarios'].flatMap(yamlFiles);

/** Every field path of an object, to depth 4, as a diagnostic would ask for it. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (prefix.length >= 4 || typeof value !== 'object' || value === null) return out;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  for (const [key, child] of entries) paths(child, [...prefix, key], out);
  return out;
}

function located(source: SourceRef, object: unknown): unknown[] {
  return [source.range, ...paths(object).map((path) => source.locate(path))];
}

function readBothWays(files: SourceFile[]) {
  const full = parseManifests(files, undefined, FULL);
  const fast = parseManifests(files, undefined, FAST);
  return { full, fast };
}

/** The objects of a file as `kubectl get -o yaml` prints them: one List, items at the margin. */
function asKubectlList(text: string): string {
  const items = text
    .split(/^---$/m)
    .map((doc) => parse(doc) as { kind?: string; items?: unknown[] } | null)
    .filter((doc) => doc && typeof doc === 'object')
    .flatMap((doc) => (doc!.kind?.endsWith('List') && Array.isArray(doc!.items) ? doc!.items : [doc]));
  const body = stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, { indentSeq: false });
  return `# kubectl get all -o yaml\n${body}`;
}

describe('the fast reading of large files', () => {
  it.each(FIXTURES)('reads %s as the full parse does', (path) => {
    const text = readFileSync(path, 'utf8');
    for (const variant of [text, asKubectlList(text), JSON.stringify(parse(asKubectlList(text)), null, 2)]) {
      const { full, fast } = readBothWays([{ name: 'a.yaml', text: variant }]);
      expect(fast.diagnostics).toEqual(full.diagnostics);
      expect(fast.documents.map((d) => d.object)).toEqual(full.documents.map((d) => d.object));
      for (let i = 0; i < full.documents.length; i++) {
        const object = full.documents[i]!.object;
        expect(located(fast.documents[i]!.source, object)).toEqual(located(full.documents[i]!.source, object));
      }
    }
  });

  it('reads kubectl dumps item by item, with no syntax tree until a diagnostic needs one', () => {
    const yamlList = asKubectlList(readFileSync('test/fixtures/workloads/node-cache-dump.yaml', 'utf8'));
    for (const text of [yamlList, JSON.stringify(parse(yamlList))]) {
      const [document, ...rest] = parsedDocuments(text, undefined, true);
      expect(rest).toEqual([]);
      expect(document?.kind).toBe('fast');
      if (document?.kind !== 'fast') return;
      expect(document.items!.length).toBe((document.value.items as unknown[]).length);
      expect(document.items!.length).toBeGreaterThan(2);
    }
  });

  it('reports broken documents exactly as the full parse, the good ones beside them still read', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- apiVersion: v1',
      '  kind: Service',
      '  metadata: {name: a}',
      '  spec: {ports: [{port: 80}], selector: {app: a}}',
      '- apiVersion: v1',
      '  kind: Pod',
      '  metadata: {name: b, name: c}',
      '---',
      'kind: Pod',
      'spec: [',
      '---',
      '- just a list',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: d}',
      'spec: {ports: [{port: 99999}]}',
      '',
    ].join('\n');
    const files = [{ name: 'broken.yaml', text }];
    const { full, fast } = readBothWays(files);
    expect(full.diagnostics.length).toBeGreaterThan(1);
    expect(fast.diagnostics).toEqual(full.diagnostics);
    expect(fast.documents.map((d) => d.object)).toEqual(full.documents.map((d) => d.object));
    const fullReport = analyzeFiles(files, FULL);
    const fastReport = analyzeFiles(files, FAST);
    expect(fastReport.diagnostics).toEqual(fullReport.diagnostics);
  });

  it('gives the same report for a seed-demo-sized workspace as a List', () => {
    const dir = 'src/scenarios/seed-demo';
    const text = readdirSync(dir)
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => readFileSync(join(dir, n), 'utf8'))
      .join('\n---\n');
    const files = [{ name: 'dump.yaml', text: asKubectlList(text) }];
    expect(JSON.stringify(analyzeFiles(files, FAST))).toBe(JSON.stringify(analyzeFiles(files, FULL)));
  });
});
