/**
 * Upstream's TestSyncProxyRulesRepeated, for iptables (pkg/proxy/iptables/proxier_test.go) and
 * nftables (pkg/proxy/nftables/proxier_test.go): the same proxier synced again and again while
 * Services and EndpointSlices change. Each state of the cluster is a set of manifests
 * (test/fixtures/upstream-proxier/sync-repeated/*.yaml, on upstream's test node: overall/cluster.yaml
 * and the overall/ KubeProxyConfigurations), and each expectation is upstream's text in a file.
 *
 * The playground lists the rules a node has for the cluster as it is, not the history of syncs
 * that led there, so two kinds of upstream expectation are compared for what they say about
 * that state:
 * - iptables: after the first sync kube-proxy writes partial restores (only the service chains
 *   that changed, plus the whole filter table and nat's fixed chains). Such a step is checked
 *   chain by chain: the filter table equals ours, every nat chain the restore writes has exactly
 *   our rules, and every chain it deletes (`-X`) is absent from our listing. The full syncs (the
 *   first step, and the full resync that follows upstream's provoked partial-restore failure)
 *   are compared whole, without the chains the restore declares only to delete them.
 * - nftables: kube-proxy flushes the chains of a deleted service or endpoint and deletes them only
 *   in a later sync (staleChains). The steps that list such flushed chains are compared without
 *   those `add chain` lines; upstream's next step, after the chains have aged out, is compared as is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { nodeRules } from '../../../src/engine/rules/nodeRules';
import {
  parseIPTablesRestore,
  savedAfterFullRestore,
  sortIPTablesRules,
  sortNFTablesTransaction,
  withoutChains,
} from './upstreamNormalize';

const root = join(__dirname, '../../fixtures/upstream-proxier');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const file = (path: string) => ({ name: path, text: read(path) });
const at = (name: string) => `sync-repeated/${name}`;

function listing(objects: string[], kubeProxy: string, transaction: boolean): string {
  const files = [file('overall/cluster.yaml'), file(`overall/${kubeProxy}`), ...objects.map((o) => file(at(o)))];
  const report = analyzeFiles(files, { kubernetesVersion: '1.34' });
  expect(report.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
  const result = nodeRules(report, { node: 'test-node', transaction });
  if (!result.ok) throw new Error(result.error);
  return result.lines.map((l) => l.text).join('\n');
}

// The cluster after each of upstream's syncs.
const initial = ['svc1.yaml', 'svc2.yaml'];
const svc3Added = [...initial, 'svc3.yaml', 'eps3-created.yaml'];
const svc2Deleted = ['svc1.yaml', 'svc3.yaml', 'eps3-created.yaml'];
const svc4NoEndpoints = [...svc2Deleted, 'svc4.yaml'];
const svc4Endpoints = [...svc4NoEndpoints, 'eps4.yaml'];
const svc3Changed = ['svc1.yaml', 'svc3.yaml', 'eps3-changed.yaml', 'svc4.yaml', 'eps4.yaml'];
const svc3Added2 = ['svc1.yaml', 'svc3.yaml', 'eps3-added.yaml', 'svc4.yaml', 'eps4.yaml'];
const svc3Emptied = ['svc1.yaml', 'svc3.yaml', 'eps3-emptied.yaml', 'svc4.yaml', 'eps4.yaml'];
const svc4Deleted = ['svc1.yaml', 'svc3.yaml', 'eps3-added.yaml'];

/** Checks a partial iptables-restore of upstream against the playground's full listing of the same state. */
function expectPartialRestoreMatches(ours: string, upstream: string): void {
  const mine = parseIPTablesRestore(ours);
  const theirs = parseIPTablesRestore(upstream);
  // The filter table is always written whole.
  const filterOnly = (text: string) => {
    const start = text.indexOf('*filter');
    return text.slice(start, text.indexOf('COMMIT', start) + 'COMMIT'.length);
  };
  expect(sortIPTablesRules(filterOnly(ours))).toBe(sortIPTablesRules(filterOnly(upstream)));
  const nat = theirs.get('nat')!;
  const ourNat = mine.get('nat')!;
  for (const chain of nat.chains.filter((c) => !nat.deleted.has(c))) {
    expect(ourNat.chains, chain).toContain(chain);
    expect(ourNat.rules.get(chain) ?? [], chain).toEqual(nat.rules.get(chain) ?? []);
  }
  for (const chain of nat.deleted) expect(ourNat.chains, `${chain} is deleted`).not.toContain(chain);
}

describe('upstream TestSyncProxyRulesRepeated (iptables)', () => {
  const ours = (objects: string[]) => listing(objects, 'kube-proxy-iptables.yaml', false);

  it('the first, full sync equals upstream after sortIPTablesRules', () => {
    expect(sortIPTablesRules(ours(initial))).toBe(sortIPTablesRules(read(at('iptables-1-initial.expected'))));
  });

  it.each([
    ['a Service and its endpoints added', svc3Added, 'iptables-2-svc3-added.expected'],
    ['a Service deleted', svc2Deleted, 'iptables-3-svc2-deleted.expected'],
    ['a Service without endpoints added', svc4NoEndpoints, 'iptables-4-svc4-no-endpoints.expected'],
    ['its endpoints added', svc4Endpoints, 'iptables-5-svc4-endpoints.expected'],
    ['an endpoint address changed', svc3Changed, 'iptables-6-svc3-endpoint-changed.expected'],
    ['an endpoint added', svc3Added2, 'iptables-7-svc3-endpoint-added.expected'],
    ['a sync without changes', svc3Added2, 'iptables-8-no-changes.expected'],
  ])('partial restore after %s: every chain it writes or deletes agrees', (_what, objects, expected) => {
    expectPartialRestoreMatches(ours(objects), read(at(expected)));
  });

  it('the full resync after a Service is deleted equals upstream, without the chains it deletes', () => {
    expect(sortIPTablesRules(ours(svc4Deleted))).toBe(
      sortIPTablesRules(savedAfterFullRestore(read(at('iptables-9-svc4-deleted-full-resync.expected')))),
    );
  });

  it('the partial-restore check can fail: a rule missing from a chain it writes is caught', () => {
    const upstream = read(at('iptables-2-svc3-added.expected'));
    const broken = ours(svc3Added).replace(/^-A KUBE-SEP-BSWRHOQ77KEXZLNL .*-s 10\.0\.3\.1 .*\n/m, '');
    expect(() => expectPartialRestoreMatches(broken, upstream)).toThrow();
    expect(() => expectPartialRestoreMatches(ours(svc3Added), read(at('iptables-3-svc2-deleted.expected')))).toThrow();
  });
});

describe('upstream TestSyncProxyRulesRepeated (nftables)', () => {
  const base = read(at('nftables-base.expected'));
  const expected = (name: string, stale: string[] = []) => sortNFTablesTransaction(withoutChains(base + '\n' + read(at(name)), stale));
  const ours = (objects: string[]) => sortNFTablesTransaction(listing(objects, 'kube-proxy-nftables.yaml', true));

  it.each([
    ['the initial sync', initial, 'nftables-1-initial.expected', []],
    ['a Service and its endpoints added', svc3Added, 'nftables-2-svc3-added.expected', []],
    [
      'a Service deleted (its chains flushed, deleted later)',
      svc2Deleted,
      'nftables-3-svc2-deleted.expected',
      ['service-MHHHYRWA-ns2/svc2/tcp/p8080', 'endpoint-7RVP4LUQ-ns2/svc2/tcp/p8080__10.0.2.1/8080'],
    ],
    ['the stale chains aged out', svc2Deleted, 'nftables-4-stale-deleted.expected', []],
    ['a Service without endpoints added', svc4NoEndpoints, 'nftables-5-svc4-no-endpoints.expected', []],
    ['its endpoints added', svc4Endpoints, 'nftables-6-svc4-endpoints.expected', []],
    [
      'an endpoint address changed (the old endpoint chain flushed)',
      svc3Changed,
      'nftables-7-svc3-endpoint-changed.expected',
      ['endpoint-2OCDJSZQ-ns3/svc3/tcp/p80__10.0.3.1/80'],
    ],
    ['an endpoint added', svc3Added2, 'nftables-8-svc3-endpoint-added.expected', []],
    [
      "a Service's endpoints emptied (its chains flushed)",
      svc3Emptied,
      'nftables-9-svc3-emptied.expected',
      [
        'service-4AT6LBPK-ns3/svc3/tcp/p80',
        'endpoint-SWWHDC7X-ns3/svc3/tcp/p80__10.0.3.2/80',
        'endpoint-TQ2QKHCZ-ns3/svc3/tcp/p80__10.0.3.3/80',
      ],
    ],
    ['the endpoints restored', svc3Added2, 'nftables-8-svc3-endpoint-added.expected', []],
  ])('after %s the table equals upstream', (_what, objects, name, stale) => {
    expect(ours(objects)).toBe(expected(name, stale));
  });

  it('a stale chain the playground does not list is a difference the comparison sees', () => {
    expect(ours(svc2Deleted)).not.toBe(expected('nftables-3-svc2-deleted.expected'));
  });
});
