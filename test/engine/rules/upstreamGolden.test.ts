/**
 * Upstream's full-dump proxier tests, ported as golden tests: the cluster of
 * pkg/proxy/iptables/proxier_test.go TestOverallIPTablesRules and pkg/proxy/nftables/proxier_test.go
 * TestOverallNFTablesRules as manifests (test/fixtures/upstream-proxier/overall/*.yaml, whose
 * comments say where the API server forced a change), and their expected dumps as files
 * (iptables.expected, nftables.expected; upstream's text with the node ports moved into the
 * NodePort range). Compared after upstream's own normalisation (sortIPTablesRules,
 * sortNFTablesTransaction).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { nodeRules } from '../../../src/engine/rules/nodeRules';
import { sortIPTablesRules, sortNFTablesTransaction } from './upstreamNormalize';

const root = join(__dirname, '../../fixtures/upstream-proxier');
const readIn = (dir: string, name: string) => readFileSync(join(root, dir, name), 'utf8');
const read = (name: string) => readIn('overall', name);
const cluster = ['cluster.yaml', 'services.yaml', 'endpointslices.yaml'].map((name) => ({ name, text: read(name) }));

function dump(kubeProxy: string, transaction = false): string {
  return dumpOf([...cluster, { name: kubeProxy, text: read(kubeProxy) }], transaction);
}

/** The node's listing for test-node, after checking the API server had nothing but info/warnings to say. */
function dumpOf(files: { name: string; text: string }[], transaction = false, allowWarnings = false): string {
  const report = analyzeFiles(files, { kubernetesVersion: '1.34' });
  const unexpected = report.diagnostics.filter((d) => d.severity === 'error' || (!allowWarnings && d.severity === 'warning'));
  expect(unexpected.map((d) => d.message)).toEqual([]);
  const result = nodeRules(report, { node: 'test-node', transaction });
  if (!result.ok) throw new Error(result.error);
  return result.lines.map((l) => l.text).join('\n');
}

describe('upstream full-dump proxier tests', () => {
  it('TestOverallIPTablesRules: iptables-save equals upstream after sortIPTablesRules', () => {
    expect(sortIPTablesRules(dump('kube-proxy-iptables.yaml'))).toBe(sortIPTablesRules(read('iptables.expected')));
  });

  it('TestOverallNFTablesRules: the nftables transaction equals upstream after sortNFTablesTransaction', () => {
    expect(sortNFTablesTransaction(dump('kube-proxy-nftables.yaml', true))).toBe(sortNFTablesTransaction(read('nftables.expected')));
  });

  it('TestBadIPs: leading-zero addresses are programmed in canonical form (iptables-save equals upstream)', () => {
    const files = [
      { name: 'cluster.yaml', text: read('cluster.yaml') },
      { name: 'kube-proxy-iptables.yaml', text: read('kube-proxy-iptables.yaml') },
      { name: 'services.yaml', text: readIn('bad-ips', 'services.yaml') },
    ];
    expect(sortIPTablesRules(dumpOf(files, false, true))).toBe(sortIPTablesRules(readIn('bad-ips', 'iptables.expected')));
    // The API server of the modelled version (1.34) accepts every one of them with its warning.
    const warnings = analyzeFiles(files, { kubernetesVersion: '1.34' }).diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((d) => d.message)).toEqual([
      'spec.clusterIPs[0]: non-standard IP address "172.30.0.041" will be considered invalid in a future Kubernetes release: use "172.30.0.41"',
      'spec.externalIPs[0]: non-standard IP address "192.168.099.022" will be considered invalid in a future Kubernetes release: use "192.168.99.22"',
      'spec.loadBalancerSourceRanges[0]: non-standard CIDR value "203.0.113.000/025" will be considered invalid in a future Kubernetes release: use "203.0.113.0/25"',
    ]);
  });

  it('the normalisation is not a no-op: a dropped rule or a changed port fails', () => {
    const expected = read('iptables.expected');
    expect(sortIPTablesRules(expected.replace(/^-A KUBE-PROXY-FIREWALL .*\n/m, ''))).not.toBe(sortIPTablesRules(expected));
    const nft = read('nftables.expected');
    expect(sortNFTablesTransaction(nft.replace('tcp . 30002 :', 'tcp . 30009 :'))).not.toBe(sortNFTablesTransaction(nft));
  });
});
