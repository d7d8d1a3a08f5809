import { describe, expect, it } from 'vitest';
import { nftDuration } from '../../../src/engine/rules/nftablesRules';
import { nodeRules } from '../../../src/engine/rules/nodeRules';
import { dedentLines, overallReport } from './upstreamFixture';

// pkg/proxy/nftables/proxier_test.go TestOverallNFTablesRules (svc5 without its
// loadBalancerSourceRanges, so no firewall chain or firewall-ips element), as the transaction
// kube-proxy sends. `nft list table` prints the same rules inside their chain blocks and the
// elements inside their maps; the test reads the listing back that way.
const UPSTREAM = `
add rule ip kube-proxy service-ULMVA6XW-ns1/svc1/tcp/p80 ip daddr 172.30.0.41 ip saddr != 10.0.0.0/8 jump mark-for-masquerade
add rule ip kube-proxy service-ULMVA6XW-ns1/svc1/tcp/p80 numgen random mod 1 vmap { 0 : goto endpoint-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80 }
add rule ip kube-proxy endpoint-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80 ip saddr 10.180.0.1 jump mark-for-masquerade
add rule ip kube-proxy endpoint-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80 meta l4proto tcp dnat to 10.180.0.1:80
add element ip kube-proxy cluster-ips { 172.30.0.41 }
add element ip kube-proxy service-ips { 172.30.0.41 . tcp . 80 : goto service-ULMVA6XW-ns1/svc1/tcp/p80 }
add rule ip kube-proxy service-42NFTM6N-ns2/svc2/tcp/p80 ip daddr 172.30.0.42 ip saddr != 10.0.0.0/8 jump mark-for-masquerade
add rule ip kube-proxy service-42NFTM6N-ns2/svc2/tcp/p80 numgen random mod 1 vmap { 0 : goto endpoint-SGOXE6O3-ns2/svc2/tcp/p80__10.180.0.2/80 }
add rule ip kube-proxy external-42NFTM6N-ns2/svc2/tcp/p80 ip saddr 10.0.0.0/8 goto service-42NFTM6N-ns2/svc2/tcp/p80 comment "short-circuit pod traffic"
add rule ip kube-proxy external-42NFTM6N-ns2/svc2/tcp/p80 fib saddr type local jump mark-for-masquerade comment "masquerade local traffic"
add rule ip kube-proxy external-42NFTM6N-ns2/svc2/tcp/p80 fib saddr type local goto service-42NFTM6N-ns2/svc2/tcp/p80 comment "short-circuit local traffic"
add rule ip kube-proxy endpoint-SGOXE6O3-ns2/svc2/tcp/p80__10.180.0.2/80 ip saddr 10.180.0.2 jump mark-for-masquerade
add rule ip kube-proxy endpoint-SGOXE6O3-ns2/svc2/tcp/p80__10.180.0.2/80 meta l4proto tcp dnat to 10.180.0.2:80
add element ip kube-proxy cluster-ips { 172.30.0.42 }
add element ip kube-proxy service-ips { 172.30.0.42 . tcp . 80 : goto service-42NFTM6N-ns2/svc2/tcp/p80 }
add element ip kube-proxy service-ips { 192.168.99.22 . tcp . 80 : goto external-42NFTM6N-ns2/svc2/tcp/p80 }
add element ip kube-proxy service-ips { 1.2.3.4 . tcp . 80 : goto external-42NFTM6N-ns2/svc2/tcp/p80 }
add element ip kube-proxy service-nodeports { tcp . 3001 : goto external-42NFTM6N-ns2/svc2/tcp/p80 }
add element ip kube-proxy no-endpoint-nodeports { tcp . 3001 comment "ns2/svc2:p80" : drop }
add element ip kube-proxy no-endpoint-services { 1.2.3.4 . tcp . 80 comment "ns2/svc2:p80" : drop }
add element ip kube-proxy no-endpoint-services { 192.168.99.22 . tcp . 80 comment "ns2/svc2:p80" : drop }
add rule ip kube-proxy service-4AT6LBPK-ns3/svc3/tcp/p80 ip daddr 172.30.0.43 ip saddr != 10.0.0.0/8 jump mark-for-masquerade
add rule ip kube-proxy service-4AT6LBPK-ns3/svc3/tcp/p80 numgen random mod 1 vmap { 0 : goto endpoint-UEIP74TE-ns3/svc3/tcp/p80__10.180.0.3/80 }
add rule ip kube-proxy external-4AT6LBPK-ns3/svc3/tcp/p80 jump mark-for-masquerade
add rule ip kube-proxy external-4AT6LBPK-ns3/svc3/tcp/p80 goto service-4AT6LBPK-ns3/svc3/tcp/p80
add rule ip kube-proxy endpoint-UEIP74TE-ns3/svc3/tcp/p80__10.180.0.3/80 ip saddr 10.180.0.3 jump mark-for-masquerade
add rule ip kube-proxy endpoint-UEIP74TE-ns3/svc3/tcp/p80__10.180.0.3/80 meta l4proto tcp dnat to 10.180.0.3:80
add element ip kube-proxy cluster-ips { 172.30.0.43 }
add element ip kube-proxy service-ips { 172.30.0.43 . tcp . 80 : goto service-4AT6LBPK-ns3/svc3/tcp/p80 }
add element ip kube-proxy service-nodeports { tcp . 3003 : goto external-4AT6LBPK-ns3/svc3/tcp/p80 }
add rule ip kube-proxy service-LAUZTJTB-ns4/svc4/tcp/p80 ip daddr 172.30.0.44 ip saddr != 10.0.0.0/8 jump mark-for-masquerade
add rule ip kube-proxy service-LAUZTJTB-ns4/svc4/tcp/p80 numgen random mod 2 vmap { 0 : goto endpoint-UNZV3OEC-ns4/svc4/tcp/p80__10.180.0.4/80 , 1 : goto endpoint-5RFCDDV7-ns4/svc4/tcp/p80__10.180.0.5/80 }
add rule ip kube-proxy external-LAUZTJTB-ns4/svc4/tcp/p80 jump mark-for-masquerade
add rule ip kube-proxy external-LAUZTJTB-ns4/svc4/tcp/p80 goto service-LAUZTJTB-ns4/svc4/tcp/p80
add rule ip kube-proxy endpoint-5RFCDDV7-ns4/svc4/tcp/p80__10.180.0.5/80 ip saddr 10.180.0.5 jump mark-for-masquerade
add rule ip kube-proxy endpoint-5RFCDDV7-ns4/svc4/tcp/p80__10.180.0.5/80 meta l4proto tcp dnat to 10.180.0.5:80
add rule ip kube-proxy endpoint-UNZV3OEC-ns4/svc4/tcp/p80__10.180.0.4/80 ip saddr 10.180.0.4 jump mark-for-masquerade
add rule ip kube-proxy endpoint-UNZV3OEC-ns4/svc4/tcp/p80__10.180.0.4/80 meta l4proto tcp dnat to 10.180.0.4:80
add element ip kube-proxy cluster-ips { 172.30.0.44 }
add element ip kube-proxy service-ips { 172.30.0.44 . tcp . 80 : goto service-LAUZTJTB-ns4/svc4/tcp/p80 }
add element ip kube-proxy service-ips { 192.168.99.33 . tcp . 80 : goto external-LAUZTJTB-ns4/svc4/tcp/p80 }
add rule ip kube-proxy service-HVFWP5L3-ns5/svc5/tcp/p80 ip daddr 172.30.0.45 ip saddr != 10.0.0.0/8 jump mark-for-masquerade
add rule ip kube-proxy service-HVFWP5L3-ns5/svc5/tcp/p80 ip saddr @affinity-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80 goto endpoint-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80
add rule ip kube-proxy service-HVFWP5L3-ns5/svc5/tcp/p80 numgen random mod 1 vmap { 0 : goto endpoint-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80 }
add rule ip kube-proxy external-HVFWP5L3-ns5/svc5/tcp/p80 jump mark-for-masquerade
add rule ip kube-proxy external-HVFWP5L3-ns5/svc5/tcp/p80 goto service-HVFWP5L3-ns5/svc5/tcp/p80
add rule ip kube-proxy endpoint-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80 ip saddr 10.180.0.3 jump mark-for-masquerade
add rule ip kube-proxy endpoint-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80 update @affinity-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80 { ip saddr }
add rule ip kube-proxy endpoint-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80 meta l4proto tcp dnat to 10.180.0.3:80
add element ip kube-proxy cluster-ips { 172.30.0.45 }
add element ip kube-proxy service-ips { 172.30.0.45 . tcp . 80 : goto service-HVFWP5L3-ns5/svc5/tcp/p80 }
add element ip kube-proxy service-ips { 5.6.7.8 . tcp . 80 : goto external-HVFWP5L3-ns5/svc5/tcp/p80 }
add element ip kube-proxy service-nodeports { tcp . 3002 : goto external-HVFWP5L3-ns5/svc5/tcp/p80 }
add element ip kube-proxy cluster-ips { 172.30.0.46 }
add element ip kube-proxy no-endpoint-services { 172.30.0.46 . tcp . 80 comment "ns6/svc6:p80" : goto reject-chain }
`;

/** Reads `nft list table` text back into "chain → rules" and "map → elements". */
function parseListing(lines: string[]): { rules: Map<string, string[]>; elements: Map<string, string[]>; sets: Map<string, string[]> } {
  const rules = new Map<string, string[]>();
  const elements = new Map<string, string[]>();
  const sets = new Map<string, string[]>();
  let block: { kind: string; name: string } | undefined;
  let inElements = false;
  for (const raw of lines) {
    const line = raw.trim();
    const open = /^(chain|map|set) (\S+) \{$/.exec(line);
    if (open) {
      block = { kind: open[1]!, name: open[2]! };
      continue;
    }
    if (line === '}') {
      block = undefined;
      inElements = false;
      continue;
    }
    if (!block) continue;
    if (block.kind === 'chain') rules.set(block.name, [...(rules.get(block.name) ?? []), line]);
    else if (line.startsWith('elements = {') || inElements) {
      inElements = !line.endsWith('}');
      const item = line.replace(/^elements = \{ /, '').replace(/( \}|,)$/, '');
      elements.set(block.name, [...(elements.get(block.name) ?? []), item]);
    } else sets.set(block.name, [...(sets.get(block.name) ?? []), line]);
  }
  return { rules, elements, sets };
}

describe('nftables rules (nft list table ip kube-proxy)', () => {
  const result = nodeRules(overallReport(), { node: 'test-node', mode: 'nftables', clusterCIDR: '10.0.0.0/8' });
  if (!result.ok) throw new Error(result.error);
  const lines = result.lines.map((l) => l.text);
  const listed = parseListing(lines);

  it('has every rule of upstream TestOverallNFTablesRules in its chain, in order', () => {
    const expected = new Map<string, string[]>();
    for (const line of dedentLines(UPSTREAM)) {
      const m = /^add rule ip kube-proxy (\S+) (.*)$/.exec(line);
      if (m) expected.set(m[1]!, [...(expected.get(m[1]!) ?? []), m[2]!.replace(' , ', ', ')]);
    }
    expect(Object.fromEntries(listed.rules)).toEqual(Object.fromEntries(expected));
  });

  it('has every element of upstream TestOverallNFTablesRules in its map', () => {
    const expected = new Map<string, string[]>();
    for (const line of dedentLines(UPSTREAM)) {
      const m = /^add element ip kube-proxy (\S+) \{ (.*) \}$/.exec(line);
      if (m) expected.set(m[1]!, [...(expected.get(m[1]!) ?? []), m[2]!]);
    }
    for (const [map, items] of expected) expect([...(listed.elements.get(map) ?? [])].sort()).toEqual([...items].sort());
    expect([...listed.elements.keys()].sort()).toEqual([...expected.keys()].sort());
  });

  it('declares the affinity set with the timeout, as upstream adds it', () => {
    // upstream: add set ... affinity-GTK6MW7G-… { type ipv4_addr ; flags dynamic,timeout ; timeout 10800s ; }
    expect(listed.sets.get('affinity-GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80')).toEqual([
      'type ipv4_addr',
      'flags dynamic,timeout',
      'timeout 3h',
    ]);
    expect(lines[0]).toBe('table ip kube-proxy {');
    expect(lines.at(-1)).toBe('}');
  });

  it('prints timeouts the way nft does', () => {
    expect([nftDuration(10800), nftDuration(90), nftDuration(86400), nftDuration(3661)]).toEqual(['3h', '1m30s', '1d', '1h1m1s']);
  });
});
