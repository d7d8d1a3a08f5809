import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImport } from '../../../src/io/import/readImport';
import { seedDemo } from '../../../src/scenarios/seedDemo';

const file = (name: string, text: string) => ({ name, bytes: strToU8(text) });

describe('readImport', () => {
  it('adds YAML files, keeping names and making duplicates unique', () => {
    const result = readImport([file('a.yaml', 'kind: Pod\n'), file('b.yml', 'x: 1\n'), file('notes.txt', 'hi')], seedDemo.files);
    expect(result).toEqual({
      kind: 'files',
      files: [
        { name: 'a.yaml', text: 'kind: Pod\n' },
        { name: 'b.yml', text: 'x: 1\n' },
      ],
      replace: false,
      skipped: ['notes.txt'],
    });
  });

  it('opens a zip as a whole workspace: manifests only, folders flattened', () => {
    const zip = zipSync({
      'k8s/svc.yaml': strToU8('kind: Service\n'),
      'pod.json': strToU8('{"kind":"Pod"}'),
      'README.md': strToU8('#'),
      '__MACOSX/k8s/._svc.yaml': strToU8('junk'),
    });
    const result = readImport([{ name: 'work.zip', bytes: zip }], seedDemo.files);
    expect(result).toEqual({
      kind: 'files',
      files: [
        { name: 'svc.yaml', text: 'kind: Service\n' },
        { name: 'pod.json', text: '{"kind":"Pod"}' },
      ],
      replace: true,
      skipped: [],
    });
  });

  it('reads a shared .json as a playground state, and a manifest .json as a file', () => {
    const state = { v: 1, files: [{ name: 'x.yaml', text: 'kind: Pod\n' }], kubernetesVersion: '1.35' };
    expect(readImport([file('state.json', JSON.stringify(state))], [])).toEqual({ kind: 'state', state });
    expect(readImport([file('state.json', JSON.stringify(state, null, 2))], [])).toEqual({ kind: 'state', state });
    // No "v" key anywhere: a manifest, read without parsing it as a state first.
    expect(readImport([file('list.json', '{"kind":"List","items":[]}')], [])).toMatchObject({
      kind: 'files',
      files: [{ name: 'list.json' }],
    });
    expect(readImport([file('pod.json', '{"kind":"Pod","v":1}')], [])).toMatchObject({ kind: 'files', files: [{ name: 'pod.json' }] });
    const broken = readImport([file('state.json', JSON.stringify({ ...state, kubernetesVersion: '0.1' }))], []);
    expect(broken).toMatchObject({ kind: 'error' });
  });

  it('refuses what it cannot read', () => {
    expect(readImport([file('a.png', 'x')], [])).toMatchObject({ kind: 'error', error: expect.stringMatching(/Nothing to open/) });
    expect(readImport([file('bad.zip', 'not a zip')], [])).toMatchObject({ kind: 'error', error: expect.stringMatching(/bad\.zip/) });
    expect(readImport([{ name: 'big.yaml', bytes: new Uint8Array(80_000_001) }], [])).toMatchObject({
      kind: 'error',
      error: 'The files are larger than 80 MB.',
    });
  });
});
