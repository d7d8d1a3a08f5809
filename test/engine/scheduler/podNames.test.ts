import { describe, expect, it } from 'vitest';
import { SAFE_ALPHABET } from '../../../src/engine/names/generateName';
import { computeHash, nameSuffix, replicaPodName } from '../../../src/engine/scheduler/podNames';
import { template } from './fixtures';

const safe = new RegExp(`^[${SAFE_ALPHABET}]+$`);

describe('computeHash', () => {
  it('renders a 32-bit value with the safe alphabet, at most 10 characters', () => {
    const hash = computeHash({ template: template({ labels: { app: 'echo' } }) });
    expect(hash).toMatch(safe);
    expect(hash.length).toBeGreaterThan(0);
    expect(hash.length).toBeLessThanOrEqual(10);
    // Decimal digits only map to these ten characters.
    expect(hash).toMatch(/^[456789bcdf]+$/);
  });

  it('is stable under key order and changes with the template', () => {
    const a = template({ labels: { app: 'echo', tier: 'web' }, nodeSelector: { zone: 'a' } });
    const b = template({ labels: { tier: 'web', app: 'echo' }, nodeSelector: { zone: 'a' } });
    const c = template({ labels: { app: 'echo', tier: 'web' }, nodeSelector: { zone: 'b' } });
    expect(computeHash({ template: a })).toBe(computeHash({ template: b }));
    expect(computeHash({ template: a })).not.toBe(computeHash({ template: c }));
  });

  describe('covers the template as written, not only the modelled fields', () => {
    const modelled = template({ labels: { app: 'echo' } });
    const written = (image: string, extra: Record<string, unknown> = {}) => ({
      metadata: { labels: { app: 'echo' }, ...extra },
      spec: { containers: [{ name: 'echo', image, ports: [{ containerPort: 5678 }] }] },
    });
    const hash = (writtenTemplate: Record<string, unknown>) => computeHash({ template: modelled, writtenTemplate });

    it('changes with a container image (kubectl set image) and a template annotation (kubectl rollout restart)', () => {
      const before = hash(written('hashicorp/http-echo:1.0'));
      expect(hash(written('hashicorp/http-echo:1.1'))).not.toBe(before);
      expect(
        hash(written('hashicorp/http-echo:1.0', { annotations: { 'kubectl.kubernetes.io/restartedAt': '2025-01-01T00:01:00Z' } })),
      ).not.toBe(before);
      expect(hash(written('hashicorp/http-echo:1.0'))).toBe(before);
    });

    it('does not change when a modelled field only writes out its default', () => {
      const plain = written('e:1');
      const explicit = {
        ...plain,
        spec: {
          containers: [{ name: 'echo', image: 'e:1', ports: [{ containerPort: 5678, protocol: 'TCP' }] }],
          terminationGracePeriodSeconds: 30,
        },
      };
      expect(hash(explicit)).toBe(hash(plain));
    });

    it('changes with pod anti-affinity, which the scheduler does not model, but not with a reordered key', () => {
      const base = written('e:1');
      const anti = {
        ...base,
        spec: {
          ...base.spec,
          affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname' }] } },
        },
      };
      expect(hash(anti)).not.toBe(hash(base));
      const reordered = {
        spec: { containers: [{ ports: [{ containerPort: 5678 }], image: 'e:1', name: 'echo' }] },
        metadata: { labels: { app: 'echo' } },
      };
      expect(hash(reordered)).toBe(hash(base));
    });
  });
});

describe('replica names', () => {
  it('are <deployment>-<hash>-<5 safe characters>', () => {
    const name = replicaPodName('default', 'echo', '698b84c949', 0, new Set());
    expect(name).toMatch(new RegExp(`^echo-698b84c949-[${SAFE_ALPHABET}]{5}$`));
  });

  it('depend only on namespace, deployment, hash and replica index', () => {
    expect(replicaPodName('default', 'echo', 'h', 1, new Set())).toBe(replicaPodName('default', 'echo', 'h', 1, new Set()));
    expect(replicaPodName('default', 'echo', 'h', 1, new Set())).not.toBe(replicaPodName('default', 'echo', 'h', 2, new Set()));
    expect(replicaPodName('default', 'echo', 'h', 1, new Set())).not.toBe(replicaPodName('other', 'echo', 'h', 1, new Set()));
  });

  it('pick another suffix when the name is taken', () => {
    const taken = new Set<string>();
    const first = replicaPodName('default', 'echo', 'h', 0, taken);
    const again = replicaPodName('default', 'echo', 'h', 0, taken);
    expect(again).not.toBe(first);
    expect(taken).toEqual(new Set([`default/${first}`, `default/${again}`]));
    expect(again.slice(-5)).toBe(nameSuffix('default/echo/h', 0, 1));
  });

  it('cut a long generateName base to 58 characters, like names.SimpleNameGenerator', () => {
    const name = replicaPodName('default', 'x'.repeat(70), 'h', 0, new Set());
    expect(name.length).toBe(63);
    expect(name.slice(0, 58)).toBe('x'.repeat(58));
  });

  it('stay unique across 30,000 replicas', () => {
    const taken = new Set<string>();
    for (let r = 0; r < 30000; r++) replicaPodName('default', 'web', 'h', r, taken);
    expect(taken.size).toBe(30000);
  });
});
