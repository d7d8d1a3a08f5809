import { describe, expect, it } from 'vitest';
import { ParsedDocumentCache } from '../../../src/engine/analyze';
import { IncrementalAnalysis } from '../../../src/engine/incremental';
import { splitDocuments } from '../../../src/engine/parse/documentChunks';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import { fromWire } from '../../../src/engine/reportWire';
import { applyWireDelta } from '../../../src/engine/wire/wireDelta';
import { answerRequest, type PostedReports } from '../../../src/state/worker/answerRequest';
import type { AnalysisProgress } from '../../../src/state/worker/protocol';

describe('answerRequest', () => {
  it('tells an analysis’ first stage, then the hand-off, before answering with the report', () => {
    const progress: AnalysisProgress[] = [];
    const answer = answerRequest(
      { id: 4, files: seedDemo.files, options: { kubernetesVersion: '1.34' } },
      new ParsedDocumentCache(),
      new IncrementalAnalysis(),
      (p) => progress.push(p),
    );
    expect('report' in answer).toBe(true);
    // The first call always passes; later ones only when the throttle's interval has passed (a slow machine).
    expect(progress[0]).toEqual({ stage: 'parse', done: 0, total: seedDemo.files.reduce((n, f) => n + splitDocuments(f.text).length, 0) });
    expect(progress.at(-1)).toEqual({ stage: 'handoff', done: 0, total: 0 });
    const order = ['parse', 'decode', 'schedule', 'services', 'routes', 'handoff'];
    const positions = progress.map((p) => order.indexOf(p.stage));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('tells nothing of a comparison (the compare panel has its own busy line)', () => {
    const progress: AnalysisProgress[] = [];
    const answer = answerRequest(
      { id: 5, kind: 'compare', files: seedDemo.files, options: {}, compare: { service: 'default/echo-svc' } },
      new ParsedDocumentCache(),
      undefined,
      (p) => progress.push(p),
    );
    expect('comparison' in answer).toBe(true);
    expect(progress).toEqual([]);
  });
});

describe('answerRequest after an analysis the page holds', () => {
  it('sends only what changed since, and the page rebuilds the report a full answer gives, edit after edit', () => {
    const documents = new ParsedDocumentCache();
    const written = new IncrementalAnalysis();
    const posted: PostedReports = {};
    const first = answerRequest({ id: 1, files: seedDemo.files, options: {} }, documents, written, undefined, posted);
    if (!('report' in first)) throw new Error('no report');
    expect(first.patches).toBeUndefined();
    // What the page holds: the last report in full wire form, as structured clone gave it.
    let held = { id: 1, wire: structuredClone(first.report) };
    const edits = [
      (text: string) => text.replace(/replicas: 2\b/, 'replicas: 3'),
      (text: string) => text.replace(/replicas: 2\b/, 'replicas: 1'),
      (text: string) => text.replace(/^spec:\n(?= {2}selector:\n {4}app: echo)/m, 'spec:\n  trafficDistribution: PreferSameNode\n'),
      (text: string) => text,
    ];
    edits.forEach((change, e) => {
      const id = 2 + e;
      const files = seedDemo.files.map((f) => ({ ...f, text: change(f.text) }));
      const answer = answerRequest({ id, files, options: {}, base: held.id }, documents, written, undefined, posted);
      if (!('report' in answer)) throw new Error('no report');
      expect(answer.patches?.base).toBe(held.id);
      expect(answer.report.pods).toEqual([]);
      const wire = applyWireDelta(held.wire, structuredClone(answer.report), structuredClone(answer.patches!));
      held = { id, wire };
      const full = answerRequest({ id: 100, files, options: {} }, new ParsedDocumentCache());
      if (!('report' in full)) throw new Error('no report');
      expect(JSON.stringify(fromWire(wire))).toEqual(JSON.stringify(fromWire(full.report)));
    });
    // A page that holds another report gets the whole of it.
    const other = answerRequest({ id: 50, files: seedDemo.files, options: {}, base: 1 }, documents, written, undefined, posted);
    expect('report' in other && other.patches).toBeUndefined();
  });
});
