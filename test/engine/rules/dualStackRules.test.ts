/** The rules of a dual-stack node: kube-proxy's IPv4 proxier reads only the IPv4 EndpointSlices, and the listing says which proxier it is. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWrittenFiles } from '../../../src/engine/analyzeCluster';
import { nodeRules, rulesText } from '../../../src/engine/rules/nodeRules';

const report = analyzeWrittenFiles(
  [{ name: 'cluster.yaml', text: readFileSync('test/fixtures/dual-stack/kind-dual-cluster.yaml', 'utf8') }],
  { kubernetesVersion: '1.34' },
);

describe('rules of a dual-stack Service', () => {
  for (const mode of ['iptables', 'nftables', 'ipvs'] as const) {
    it(`${mode}: the IPv4 cluster IP with IPv4 endpoints only, and a note that the IPv6 proxier's rules are not listed`, () => {
      const result = nodeRules(report, { node: 'kind-worker', services: ['default/web'], mode });
      if (!result.ok) throw new Error(result.error);
      const text = rulesText(result.lines);
      expect(text).toContain('10.96.112.40');
      expect(text).toContain('10.244.1.2');
      expect(text).toContain('10.244.2.2');
      expect(text).not.toMatch(/fd00:/);
      expect(result.notes.find((n) => n.includes('dual-stack'))).toMatch(
        /^default\/web is dual-stack: listed as kube-proxy's IPv4 proxier programs it \(the IPv4 cluster IP, the IPv4 EndpointSlices\)\. The IPv6 proxier's rules \(.+\) are not modelled\.$/,
      );
    });
  }

  it('says nothing of families for a single-stack Service', () => {
    const seed = analyzeWrittenFiles(
      ['cluster.yaml', 'echo-pod.yaml', 'echo-service.yaml', 'client.yaml'].map((name) => ({
        name,
        text: readFileSync(`src/scenarios/seed-demo/${name}`, 'utf8'),
      })),
    );
    const result = nodeRules(seed, { node: 'mnode-m02', services: ['default/echo-svc'] });
    if (!result.ok) throw new Error(result.error);
    expect(rulesText(result.lines)).toContain('default/echo-svc cluster IP');
    expect(result.notes.filter((n) => n.includes('dual-stack'))).toEqual([]);
  });
});
