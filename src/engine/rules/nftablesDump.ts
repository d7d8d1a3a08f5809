/**
 * The nftables table as the transaction kube-proxy sends (`nft -f` input: "add table", "add chain",
 * "add set"/"add map", "add rule", "add element"), the form upstream's proxier tests dump with
 * knftables' fake and compare after sorting.
 */
import { nftablesModel, type NftChain, type NftElement, type NftSet } from './nftablesModel';
import type { NodeServicePort } from './nodeServicePorts';
import type { RuleLine } from './ruleLine';
import type { RulesContext } from './rulesContext';

const TABLE = 'ip kube-proxy';

/** knftables separates list items with " , " (each "," is its own word). */
function words(text: string): string {
  return text.replace(/, /g, ' , ');
}

function chainLine(chain: NftChain): string {
  const props = chain.base
    ? ` { type ${chain.base.type} hook ${chain.base.hook} priority ${chain.base.priority} ; }`
    : chain.comment
      ? ` { comment "${chain.comment}" ; }`
      : '';
  return `add chain ${TABLE} ${chain.name}${props}`;
}

function setLine(set: NftSet): string {
  const props = [`type ${set.type}`];
  if (set.flags) props.push(`flags ${set.flags}`);
  if (set.timeout !== undefined) props.push(`timeout ${set.timeout}s`);
  if (set.comment) props.push(`comment "${set.comment}"`);
  return `add ${set.kind} ${TABLE} ${set.name} { ${props.join(' ; ')} ; }`;
}

function elementLine(set: NftSet, e: NftElement): string {
  const comment = e.comment ? ` comment "${e.comment}"` : '';
  const value = e.value ? ` : ${e.value}` : '';
  return `add element ${TABLE} ${set.name} { ${e.key}${comment}${value} }`;
}

/**
 * @example
 * nftablesDump(nodeServicePorts(report, 'node-a1'), rulesContext(report, 'node-a1', 'nftables'))[0].text;
 * // 'add table ip kube-proxy { comment "rules for kube-proxy" ; }'
 */
export function nftablesDump(ports: readonly NodeServicePort[], ctx: RulesContext): RuleLine[] {
  const table = nftablesModel(ports, ctx);
  const out: RuleLine[] = [{ text: `add table ${TABLE} { comment "${table.comment}" ; }` }];
  for (const set of table.sets) out.push(set.link ? { text: setLine(set), link: set.link } : { text: setLine(set) });
  for (const chain of table.chains) out.push(chain.link ? { text: chainLine(chain), link: chain.link } : { text: chainLine(chain) });
  for (const chain of table.chains) {
    for (const rule of chain.rules) {
      const text = `add rule ${TABLE} ${chain.name} ${words(rule.text)}${rule.comment ? ` comment "${rule.comment}"` : ''}`;
      out.push(rule.link ? { text, link: rule.link } : { text });
    }
  }
  for (const set of table.sets) {
    for (const e of set.elements) out.push(e.link ? { text: elementLine(set, e), link: e.link } : { text: elementLine(set, e) });
  }
  return out;
}
