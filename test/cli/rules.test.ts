import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs';
import { runCli, SEED_DEMO } from './runCli';

describe('route --rules arguments', () => {
  test('takes a node and an optional mode', () => {
    expect(parseArgs(['--rules', 'n1', '--mode=nftables', 'a.yaml'])).toMatchObject({
      kind: 'run',
      options: { rulesNode: 'n1', rulesMode: 'nftables' },
    });
  });
  test('refuses an unknown mode, --mode alone, and --rules with json or --each', () => {
    expect(parseArgs(['--rules', 'n1', '--mode', 'ebpf', 'a.yaml'])).toEqual({
      kind: 'usage-error',
      message: '--mode: expected iptables, nftables, ipvs, got "ebpf"',
    });
    expect(parseArgs(['--mode', 'ipvs', 'a.yaml'])).toMatchObject({ kind: 'usage-error', message: '--mode needs --rules <node>' });
    expect(parseArgs(['--rules', 'n1', '--format', 'json', 'a.yaml'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['--rules', 'n1', '--each', 'a.yaml'])).toMatchObject({ kind: 'usage-error' });
  });
});

describe('route --rules on the seed demo', { timeout: 60_000 }, () => {
  test('prints iptables-save tables: KUBE-SVC with two KUBE-SEP jumps at probability 0.5', async () => {
    const result = await runCli(['--rules', 'mnode-m02', ...SEED_DEMO]);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('*filter');
    expect(lines).toContain('*nat');
    expect(lines.at(-2)).toBe('COMMIT');
    const jumps = lines.filter((l) => /^-A KUBE-SVC-\w+ .* -j KUBE-SEP-\w+$/.test(l));
    expect(jumps).toHaveLength(2);
    expect(jumps[0]).toContain('-m statistic --mode random --probability 0.5000000000');
    expect(jumps[1]).not.toContain('--probability');
    // Diagnostics never mix into the listing.
    expect(result.stdout).not.toContain('info:');
  });

  test('prints nft and ipvsadm listings with --mode', async () => {
    const nft = await runCli(['--rules', 'mnode-m03', '--mode', 'nftables', ...SEED_DEMO]);
    expect(nft.stdout).toMatch(/^table ip kube-proxy \{\n/);
    expect(nft.stdout).toContain('numgen random mod 2 vmap { 0 : goto endpoint-');
    // The seed demo's Nodes give no InternalIP: what nftables' default nodePortAddresses (primary) would pick is said on stderr.
    expect(nft.stderr).toContain("route: --rules: note: nodePortAddresses primary (the nftables default) needs the node's IP");
    expect(nft.stdout).toContain('\t\tfib daddr type local ip daddr != 127.0.0.0/8 meta l4proto . th dport vmap @service-nodeports');
    const ipvs = await runCli(['--rules', 'mnode-m03', '--mode', 'ipvs', ...SEED_DEMO]);
    expect(ipvs.stdout.split('\n').filter((l) => l.startsWith('  -> 10.244.'))).toHaveLength(2);
    expect(ipvs.stdout).toContain('Name: KUBE-CLUSTER-IP\n');
    // What the listing assumes goes beside it, on stderr.
    expect(ipvs.stderr).toMatch(/^note: ActiveConn and InActConn are 0/m);
    expect(ipvs.stdout).not.toContain('note:');
  });

  test('an unknown node is a usage error on stderr', async () => {
    const result = await runCli(['--rules', 'nope', ...SEED_DEMO]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('route: --rules: nodes "nope" not found\n');
  });
});
