import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../../src/engine/analyze';
import { nftDuration, nftPriority } from '../../../src/engine/rules/nftablesRules';
import { nodeRules } from '../../../src/engine/rules/nodeRules';

// The `nft list` form against upstream's TestOverallNFTablesRules expectation (the transaction
// kube-proxy sends, test/fixtures/upstream-proxier/overall/nftables.expected): nft prints the
// same rules inside their chain blocks and the same elements inside their maps.
const dir = join(__dirname, '../../fixtures/upstream-proxier/overall');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const UPSTREAM = read('nftables.expected');
const report = analyzeFiles(
  ['cluster.yaml', 'services.yaml', 'endpointslices.yaml', 'kube-proxy-nftables.yaml'].map((name) => ({ name, text: read(name) })),
  { kubernetesVersion: '1.34' },
);
const dedentLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

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
    if (block.kind === 'chain') {
      // The chain's own properties (base chain hook and priority, its comment) are not rules.
      if (/^type (filter|nat) hook /.test(line) || /^comment "/.test(line)) continue;
      rules.set(block.name, [...(rules.get(block.name) ?? []), line]);
    } else if (line.startsWith('elements = {') || inElements) {
      inElements = !line.endsWith('}');
      const item = line.replace(/^elements = \{ /, '').replace(/( \}|,)$/, '');
      elements.set(block.name, [...(elements.get(block.name) ?? []), item]);
    } else sets.set(block.name, [...(sets.get(block.name) ?? []), line]);
  }
  return { rules, elements, sets };
}

describe('nftables rules (nft list table ip kube-proxy)', () => {
  const result = nodeRules(report, { node: 'test-node' });
  if (!result.ok) throw new Error(result.error);
  const lines = result.lines.map((l) => l.text);
  const listed = parseListing(lines);

  it('has every rule of upstream TestOverallNFTablesRules in its chain, in order', () => {
    const expected = new Map<string, string[]>();
    for (const line of dedentLines(UPSTREAM)) {
      const m = /^add rule ip kube-proxy (\S+) (.*)$/.exec(line);
      if (m) expected.set(m[1]!, [...(expected.get(m[1]!) ?? []), m[2]!.replace(/ , /g, ', ')]);
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

  it('prints base chains with their hook and priority as nft names them', () => {
    const at = lines.indexOf('\tchain filter-prerouting-pre-dnat {');
    expect(lines[at + 1]).toBe('\t\ttype filter hook prerouting priority dstnat - 10; policy accept;');
    expect([nftPriority(-110), nftPriority(-100), nftPriority(0), nftPriority(100)]).toEqual(['dstnat - 10', 'dstnat', 'filter', 'srcnat']);
  });

  it('prints timeouts the way nft does', () => {
    expect([nftDuration(10800), nftDuration(90), nftDuration(86400), nftDuration(3661)]).toEqual(['3h', '1m30s', '1d', '1h1m1s']);
  });
});
