/**
 * `nft list table ip kube-proxy` on one node: kube-proxy's fixed sets, maps, base chains and helper
 * chains, and the per-service chains and map elements (see nftablesModel), as nft prints them.
 */
import { nftablesModel, type NftElement } from './nftablesModel';
import type { NodeServicePort } from './nodeServicePorts';
import type { RuleLine } from './ruleLine';
import type { RulesContext } from './rulesContext';

/**
 * nft prints timeouts in units: 10800s is "3h", 90s "1m30s".
 *
 * @example
 * nftDuration(10800); // "3h"
 */
export function nftDuration(seconds: number): string {
  const units: [number, string][] = [
    [86400, 'd'],
    [3600, 'h'],
    [60, 'm'],
    [1, 's'],
  ];
  let rest = seconds;
  let out = '';
  for (const [size, unit] of units) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out || '0s';
}

/**
 * nft names the standard priorities: dstnat is -100, srcnat 100, filter 0.
 *
 * @example
 * nftPriority(-110); // "dstnat - 10"
 */
export function nftPriority(priority: number): string {
  const named: [string, number][] = [
    ['dstnat', -100],
    ['filter', 0],
    ['srcnat', 100],
  ];
  const [name, value] = named.reduce((best, n) => (Math.abs(priority - n[1]) < Math.abs(priority - best[1]) ? n : best));
  const offset = priority - value;
  return offset === 0 ? name : offset > 0 ? `${name} + ${offset}` : `${name} - ${-offset}`;
}

function elementText(e: NftElement): string {
  return `${e.key}${e.comment ? ` comment "${e.comment}"` : ''}${e.value ? ` : ${e.value}` : ''}`;
}

/**
 * @example
 * nftablesRules(nodeServicePorts(report, 'mnode-m02'), rulesContext(report, 'mnode-m02', 'nftables'))[0].text; // "table ip kube-proxy {"
 */
export function nftablesRules(ports: readonly NodeServicePort[], ctx: RulesContext): RuleLine[] {
  const table = nftablesModel(ports, ctx);
  const out: RuleLine[] = [{ text: 'table ip kube-proxy {' }, { text: `\tcomment "${table.comment}"` }];
  for (const set of table.sets) {
    const head = `\t${set.kind} ${set.name} {`;
    out.push(set.link ? { text: head, link: set.link } : { text: head }, { text: `\t\ttype ${set.type}` });
    if (set.flags) out.push({ text: `\t\tflags ${set.flags}` });
    if (set.timeout !== undefined) out.push({ text: `\t\ttimeout ${nftDuration(set.timeout)}` });
    if (set.comment) out.push({ text: `\t\tcomment "${set.comment}"` });
    const sorted = [...set.elements].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // nft prints one element per line once a set has more than one.
    sorted.forEach((e, i) => {
      const text =
        sorted.length === 1
          ? `\t\telements = { ${elementText(e)} }`
          : i === 0
            ? `\t\telements = { ${elementText(e)},`
            : i === sorted.length - 1
              ? `\t\t\t     ${elementText(e)} }`
              : `\t\t\t     ${elementText(e)},`;
      out.push(e.link ? { text, link: e.link } : { text });
    });
    out.push({ text: '\t}' });
  }
  for (const chain of table.chains) {
    const head = `\tchain ${chain.name} {`;
    out.push(chain.link ? { text: head, link: chain.link } : { text: head });
    if (chain.base)
      out.push({
        text: `\t\ttype ${chain.base.type} hook ${chain.base.hook} priority ${nftPriority(chain.base.priority)}; policy accept;`,
      });
    if (chain.comment) out.push({ text: `\t\tcomment "${chain.comment}"` });
    for (const rule of chain.rules) {
      const text = `\t\t${rule.text}${rule.comment ? ` comment "${rule.comment}"` : ''}`;
      out.push(rule.link ? { text, link: rule.link } : { text });
    }
    out.push({ text: '\t}' });
  }
  out.push({ text: '}' });
  return out;
}
