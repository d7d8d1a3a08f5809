import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseAllDocuments } from 'yaml';
import { lineCounterOf, splitDocuments } from '../../../src/engine/parse/documentChunks';
import { parseManifests } from '../../../src/engine/parse/parseManifests';
import { ParsedDocumentCache } from '../../../src/engine/parse/parsedDocuments';

describe('splitDocuments', () => {
  it('cuts before every --- line and keeps offsets into the file', () => {
    const text = 'a: 1\n---\nb: 2\n--- # c\nc: 3\n';
    const chunks = splitDocuments(text);
    expect(chunks.map((c) => c.text)).toEqual(['a: 1\n', '---\nb: 2\n', '--- # c\nc: 3\n']);
    for (const c of chunks) expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  });

  it('leaves indented dashes, ---- and streams with directives or end markers whole', () => {
    expect(splitDocuments('a: |\n  ---\nb: ----\n----\n')).toHaveLength(1);
    expect(splitDocuments('%YAML 1.2\n---\na: 1\n---\nb: 2\n')).toHaveLength(1);
    expect(splitDocuments('a: 1\n...\n---\nb: 2\n')).toHaveLength(1);
  });
});

describe('lineCounterOf', () => {
  it('matches the line starts the YAML lexer records', () => {
    const text = 'a: 1\r\n\nb:\n  - 2\n---\nc: 3';
    const lexed = new LineCounter();
    parseAllDocuments(text, { lineCounter: lexed });
    expect(lineCounterOf(text).lineStarts).toEqual(lexed.lineStarts);
  });
});

/** The parse without chunks or cache: every document of the file at once. */
function wholeFile(text: string) {
  const lineCounter = new LineCounter();
  return parseAllDocuments(text, { lineCounter, uniqueKeys: true })
    .filter((doc) => doc.errors.length === 0 && doc.contents !== null)
    .map((doc) => ({ object: doc.toJS(), line: lineCounter.linePos(doc.contents!.range![0]).line }));
}

describe('parseManifests, one document at a time', () => {
  const doc = (name: string, extra = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n${extra}`;

  it('gives the objects and positions of a whole-file parse', () => {
    const arbDoc = fc.record({
      name: fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
      blank: fc.constantFrom('', '\n', '# note\n', '\n\n'),
      marker: fc.constantFrom('---\n', '--- \n', '---\n# lead\n'),
    });
    fc.assert(
      fc.property(fc.array(arbDoc, { minLength: 1, maxLength: 6 }), (docs) => {
        const text = docs.map((d, i) => (i ? d.marker : '') + d.blank + doc(d.name)).join('');
        const { documents, diagnostics } = parseManifests([{ name: 'f.yaml', text }]);
        expect(diagnostics).toEqual([]);
        expect(documents.map((d) => ({ object: d.object, line: d.source.range.line }))).toEqual(wholeFile(text));
      }),
    );
  });

  it('re-parses only the edited document, and later documents keep file positions', () => {
    const before = [doc('a'), doc('b'), doc('c', 'spec:\n  nodeName: 7\n')].join('---\n');
    const cache = new ParsedDocumentCache();
    const first = parseManifests([{ name: 'f.yaml', text: before }], cache).documents;
    const after = before.replace('name: a\n', 'name: a\n  labels:\n    app: web\n');
    const second = parseManifests([{ name: 'f.yaml', text: after }], cache);
    expect(second.documents[0]!.object).not.toBe(first[0]!.object);
    expect(second.documents[1]!.object).toBe(first[1]!.object);
    expect(second.documents[2]!.object).toBe(first[2]!.object);
    expect(second.documents[2]!.source.locate(['spec', 'nodeName']).line).toBe(after.split('\n').indexOf('  nodeName: 7') + 1);
  });

  it('keeps no documents between parses without a cache, and with one only those the last parse used', () => {
    const text = [doc('a'), doc('b')].join('---\n');
    const first = parseManifests([{ name: 'f.yaml', text }]).documents;
    expect(parseManifests([{ name: 'f.yaml', text }]).documents[0]!.object).not.toBe(first[0]!.object);

    const cache = new ParsedDocumentCache();
    const kept = parseManifests([{ name: 'f.yaml', text }], cache).documents;
    expect(parseManifests([{ name: 'f.yaml', text }], cache).documents[1]!.object).toBe(kept[1]!.object);
    parseManifests([{ name: 'other.yaml', text: doc('c') }], cache);
    expect(parseManifests([{ name: 'f.yaml', text }], cache).documents[1]!.object).not.toBe(kept[1]!.object);
  });

  it('reports a broken document at its line in the file and still reads the others', () => {
    const text = [doc('a'), 'kind: Pod\nmetadata: {name: [\n', doc('c')].join('---\n');
    const { documents, diagnostics } = parseManifests([{ name: 'f.yaml', text }]);
    expect(documents.map((d) => (d.object.metadata as { name: string }).name)).toEqual(['a', 'c']);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(6);
    expect(diagnostics[0]!.line).toBeLessThanOrEqual(8);
  });
});
