import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/scenarios/seedDemo';
import { bytesToBase64url } from '../../../src/io/share/base64url';
import { decodeShareFragment, encodeShareFragment, type ShareStateV1 } from '../../../src/io/share/shareState';
import { SHARE_LIMITS } from '../../../src/io/share/shareTypes';
import { V0_LINK, V1_PINNED_LINK, V1_PINNED_STATE } from '../../fixtures/shareLinks';

const plain: ShareStateV1 = {
  v: 1,
  files: [
    {
      name: 'svc.yaml',
      text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n',
    },
    { name: 'notes é ü.yaml', text: '# ünïcode ✓ 🚀\n' },
  ],
  kubernetesVersion: '1.33',
  selection: { kind: 'service', id: 'default/web' },
  selectedService: 'default/web',
  theme: 'dark',
  activeFile: 'svc.yaml',
  seed: 7,
};

const fromDemo: ShareStateV1 = {
  v: 1,
  files: seedDemo.files.map((f) =>
    f.name === 'echo-service.yaml' ? { name: f.name, text: `${f.text}  trafficDistribution: PreferSameNode\n` } : { ...f },
  ),
  kubernetesVersion: '1.34',
  scenario: { id: 'seed-demo' },
  selection: null,
  selectedService: 'default/echo-svc',
};

/** A fragment of `version` holding `doc` exactly as written, compressed or not. */
function rawFragment(doc: unknown, version = 1, compress = true): string {
  const bytes = strToU8(JSON.stringify(doc));
  return `v${version}.${bytesToBase64url(compress ? deflateSync(bytes) : bytes)}`;
}

describe('share fragments', () => {
  it('round-trips a full state exactly', () => {
    const fragment = encodeShareFragment(plain);
    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment)).toEqual({ ok: true, state: plain });
  });

  it('round-trips a scenario state, carrying only the changed file', () => {
    const fragment = encodeShareFragment(fromDemo);
    expect(decodeShareFragment(fragment)).toEqual({ ok: true, state: fromDemo });
    const full = encodeShareFragment({ ...fromDemo, scenario: undefined });
    expect(fragment.length).toBeLessThan(full.length / 2);
  });

  it('keeps an unchanged scenario link short', () => {
    const fragment = encodeShareFragment({
      v: 1,
      files: seedDemo.files,
      kubernetesVersion: '1.34',
      scenario: { id: 'seed-demo', step: 2 },
    });
    expect(fragment.length).toBeLessThan(100);
    expect(decodeShareFragment(fragment)).toEqual({
      ok: true,
      state: { v: 1, files: seedDemo.files, kubernetesVersion: '1.34', scenario: { id: 'seed-demo', step: 2 } },
    });
  });

  it('pins the encoding of a small state', () => {
    const state: ShareStateV1 = { v: 1, files: [{ name: 'a.yaml', text: 'kind: Pod\n' }], kubernetesVersion: '1.34' };
    expect(encodeShareFragment(state)).toMatchInlineSnapshot(
      `"v1.DcqxCoAgFAXQX4k7SyA1-RVNLdVg-AJRn6AWhfjvOR44FQ-UFLispwy1VbAOBAU9fjp4CBR6S7ezbNSwRLMz2iHg7pMSU6G8Uso2cj9ynGa0Hw"`,
    );
  });

  it('opens the link pinned at the v1 release to the same state', () => {
    expect(decodeShareFragment(V1_PINNED_LINK)).toEqual({ ok: true, state: V1_PINNED_STATE });
    expect(encodeShareFragment(V1_PINNED_STATE)).toBe(V1_PINNED_LINK);
  });

  it('opens the pinned v0 link', () => {
    expect(decodeShareFragment(V0_LINK)).toEqual({
      ok: true,
      state: { v: 1, files: [V1_PINNED_STATE.files[0]], kubernetesVersion: '1.31' },
    });
  });

  it('opens a v0 link through the migration', () => {
    const fragment = rawFragment({ files: { 'a.yaml': 'kind: Pod\n', 'b.yaml': '' }, version: '1.31' }, 0, false);
    expect(decodeShareFragment(fragment)).toEqual({
      ok: true,
      state: {
        v: 1,
        files: [
          { name: 'a.yaml', text: 'kind: Pod\n' },
          { name: 'b.yaml', text: '' },
        ],
        kubernetesVersion: '1.31',
      },
    });
  });

  it.each([
    ['', /format version/],
    ['hello', /format version/],
    ['v9.abc', /newer playground/],
    ['v1.***', /base64url/],
    ['v1.AAAA', /damaged/],
    [rawFragment('not an object'), /no playground state/],
    [rawFragment({ v: 1, kubernetesVersion: '1.34' }), /no list of files/],
    [`v1.${bytesToBase64url(deflateSync(strToU8('{"v":1,')))}`, /not JSON/],
    [rawFragment({ v: 2, files: [], kubernetesVersion: '1.34' }), /does not match/],
    [rawFragment({ v: 1, files: [{ name: '../x', text: '' }], kubernetesVersion: '1.34' }), /slash/],
    [
      rawFragment({
        v: 1,
        files: [
          { name: 'a', text: '' },
          { name: 'a', text: '' },
        ],
        kubernetesVersion: '1.34',
      }),
      /same name/,
    ],
    [rawFragment({ v: 1, files: [{ name: 'a', text: 1 }], kubernetesVersion: '1.34' }), /name and a text/],
    [rawFragment({ v: 1, files: [], kubernetesVersion: '9.99' }), /Kubernetes version/],
    [rawFragment({ v: 1, files: [{ name: 'x.yaml' }], kubernetesVersion: '1.34', scenario: { id: 'nope' } }), /scenario/],
    [rawFragment({ v: 1, files: [{ name: 'x.yaml' }], kubernetesVersion: '1.34', scenario: { id: 'seed-demo' } }), /does not have/],
  ])('refuses %s with a reason', (fragment, reason) => {
    const result = decodeShareFragment(fragment);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });

  it('stops decompressing a bomb at the limit', () => {
    const bomb = rawFragment({ v: 1, files: [{ name: 'a', text: ' '.repeat(SHARE_LIMITS.jsonBytes + 10) }], kubernetesVersion: '1.34' });
    expect(bomb.length).toBeLessThan(20_000);
    expect(decodeShareFragment(bomb)).toEqual({ ok: false, error: 'it is too large once decompressed' });
  });

  it('refuses a fragment past the length limit before reading it', () => {
    expect(decodeShareFragment(`v1.${'A'.repeat(SHARE_LIMITS.fragmentChars)}`)).toEqual({ ok: false, error: 'it is too long' });
  });

  it('keeps hostile names as plain data and drops unknown fields', () => {
    const name = '<img src=x onerror=alert(1)>.yaml';
    const result = decodeShareFragment(
      rawFragment({ v: 1, files: [{ name, text: 'x' }], kubernetesVersion: '1.34', __proto__: { polluted: 1 }, extra: 'x' }),
    );
    expect(result).toEqual({ ok: true, state: { v: 1, files: [{ name, text: 'x' }], kubernetesVersion: '1.34' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
