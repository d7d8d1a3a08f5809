/**
 * The normalisation upstream's proxier tests apply before comparing full dumps:
 * pkg/proxy/iptables/proxier_test.go sortIPTablesRules (tables by name; KUBE-NODEPORTS, then
 * KUBE-SERVICES, then the other chains by name; each chain's rules in order, KUBE-NODEPORTS and
 * KUBE-SERVICES rules stably by the service name in their comment, the "must be the last rule"
 * rule last) and pkg/proxy/nftables/helpers_test.go sortNFTablesTransaction (blank and "#" lines
 * dropped; table, chains, rules, sets, maps, elements; by object name; rules in their order).
 */

function commentServiceName(rule: string): string | undefined {
  const m = /-m comment --comment ("([^"]*)"|(\S+))/.exec(rule);
  if (!m) return undefined;
  const value = m[2] ?? m[3]!;
  const cut = value.search(/[ :]/);
  return cut === -1 ? value : value.slice(0, cut);
}

function chainRank(name: string): number {
  return name === 'KUBE-NODEPORTS' ? 0 : name === 'KUBE-SERVICES' ? 1 : name.startsWith('KUBE-') ? 2 : 3;
}

/** Stable sort by service name; rules without a comment keep their place relative to each other. */
function byServiceName(rules: string[], keepLast: (rule: string) => boolean): string[] {
  return rules
    .map((rule, i) => ({ rule, i }))
    .sort((a, b) => {
      if (keepLast(a.rule) !== keepLast(b.rule)) return keepLast(a.rule) ? 1 : -1;
      const na = commentServiceName(a.rule);
      const nb = commentServiceName(b.rule);
      if (na !== undefined && nb !== undefined && na !== nb) return na < nb ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.rule);
}

export function sortIPTablesRules(text: string): string {
  const tables: { name: string; chains: string[]; rules: Map<string, string[]> }[] = [];
  let table: (typeof tables)[number] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('*')) {
      table = { name: line.slice(1), chains: [], rules: new Map() };
      tables.push(table);
    } else if (line === 'COMMIT') table = undefined;
    else if (line.startsWith(':')) table!.chains.push(line.slice(1).split(' ')[0]!);
    else if (line.startsWith('-A ')) {
      const chain = line.split(' ')[1]!;
      table!.rules.set(chain, [...(table!.rules.get(chain) ?? []), line]);
    } else throw new Error(`unexpected iptables-save line: ${line}`);
  }
  tables.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const t of tables) {
    const chains = [...t.chains].sort((a, b) => chainRank(a) - chainRank(b) || (a < b ? -1 : a > b ? 1 : 0));
    out.push(`*${t.name}`, ...chains.map((c) => `:${c} - [0:0]`));
    for (const chain of chains) {
      let rules = t.rules.get(chain) ?? [];
      if (chain === 'KUBE-NODEPORTS' || chain === 'KUBE-SERVICES')
        rules = byServiceName(rules, (r) => t.name === 'nat' && chain === 'KUBE-SERVICES' && r.includes('must be the last rule'));
      out.push(...rules);
    }
    out.push('COMMIT');
  }
  return out.join('\n');
}

const OBJECT_ORDER: Record<string, number> = { table: 10, chain: 9, rule: 8, set: 7, map: 6, element: 5 };

export function sortNFTablesTransaction(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^\s+/, ''))
    .filter((l) => l !== '' && !l.startsWith('#'));
  return lines
    .map((line, i) => ({ line, i, w: line.split(' ') }))
    .sort((a, b) => {
      const [ta, tb] = [a.w[1]!, b.w[1]!];
      if (ta !== tb) return (OBJECT_ORDER[tb] ?? 0) - (OBJECT_ORDER[ta] ?? 0);
      const [na, nb] = [a.w[4] ?? '', b.w[4] ?? ''];
      if (na !== nb) return na < nb ? -1 : 1;
      if (ta === 'rule') return a.i - b.i;
      return a.line < b.line ? -1 : a.line > b.line ? 1 : a.i - b.i;
    })
    .map((x) => x.line)
    .join('\n');
}

/** One table of an iptables-restore input: its declared chains, each chain's rules in order, and the chains it deletes (`-X`). */
export interface RestoreTable {
  chains: string[];
  rules: Map<string, string[]>;
  deleted: Set<string>;
}

/** Parses iptables-restore input (a full or partial sync of kube-proxy) into its tables. */
export function parseIPTablesRestore(text: string): Map<string, RestoreTable> {
  const tables = new Map<string, RestoreTable>();
  let table: RestoreTable | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('*')) {
      table = { chains: [], rules: new Map(), deleted: new Set() };
      tables.set(line.slice(1), table);
    } else if (line === 'COMMIT') table = undefined;
    else if (line.startsWith(':')) table!.chains.push(line.slice(1).split(' ')[0]!);
    else if (line.startsWith('-X ')) table!.deleted.add(line.slice(3).trim());
    else if (line.startsWith('-A ')) {
      const chain = line.split(' ')[1]!;
      table!.rules.set(chain, [...(table!.rules.get(chain) ?? []), line]);
    } else throw new Error(`unexpected iptables-restore line: ${line}`);
  }
  return tables;
}

/**
 * What iptables-save lists after a full iptables-restore: the input without the chains it
 * declares only to delete them (`:CHAIN` followed by `-X CHAIN`).
 */
export function savedAfterFullRestore(text: string): string {
  const deleted = new Set([...text.matchAll(/^\s*-X (\S+)\s*$/gm)].map((m) => m[1]!));
  return text
    .split('\n')
    .filter((raw) => {
      const line = raw.trim();
      if (line.startsWith('-X ')) return false;
      return !(line.startsWith(':') && deleted.has(line.slice(1).split(' ')[0]!));
    })
    .join('\n');
}

/** The transaction without the `add chain` lines of the named chains (kube-proxy's flushed stale chains). */
export function withoutChains(text: string, chains: readonly string[]): string {
  const drop = new Set(chains.map((c) => `add chain ip kube-proxy ${c}`));
  return text
    .split('\n')
    .filter((l) => !drop.has(l.trim()))
    .join('\n');
}
