/**
 * The `ip kube-proxy` table kube-proxy's nftables proxier keeps on one node, as objects: the fixed
 * sets, maps, base chains (with hook and priority) and helper chains setupNFTables creates, and the
 * per-service chains, sets and map elements syncProxyRules adds (pkg/proxy/nftables/proxier.go).
 * The fixed objects are those of upstream's 1.33+ proxier (filter chains at priority -110 for
 * firewalling before DNAT, cluster-ips-check, nodeport-endpoints-check); earlier minors' tables
 * are printed the same. Two printers read the model: nftablesRules (`nft list table`) and
 * nftablesDump (the transaction kube-proxy sends, as upstream's tests dump it).
 */
import type { ProxyEndpoint } from '../proxy/proxyEndpoint';
import { loadBalancerVIPs, sourceRangeFirewall } from '../proxy/loadBalancerFirewall';
import { hashAndTruncate, nftablesEndpointBase, nftablesServiceBase } from './chainNames';
import type { NodeServicePort } from './nodeServicePorts';
import { portPlan } from './portPlan';
import type { RuleLink } from './ruleLine';
import type { RulesContext } from './rulesContext';

export interface NftElement {
  key: string;
  value?: string;
  comment?: string;
  link?: RuleLink;
}

export interface NftSet {
  kind: 'set' | 'map';
  name: string;
  type: string;
  flags?: string;
  /** Seconds. */
  timeout?: number;
  comment?: string;
  elements: NftElement[];
  link?: RuleLink;
}

export interface NftRule {
  /** The rule as nft prints it; lists inside braces are separated by ", ". */
  text: string;
  comment?: string;
  link?: RuleLink;
}

export interface NftChain {
  name: string;
  base?: { type: 'filter' | 'nat'; hook: string; priority: number };
  comment?: string;
  rules: NftRule[];
  link?: RuleLink;
}

export interface NftTable {
  comment: string;
  sets: NftSet[];
  chains: NftChain[];
}

const VERDICT_KEY = 'ipv4_addr . inet_proto . inet_service : verdict';
const PORT_KEY = 'inet_proto . inet_service : verdict';

/**
 * @example
 * nftablesModel(nodeServicePorts(report, 'node-a1'), rulesContext(report, 'node-a1', 'nftables')).chains[0].name; // "filter-prerouting-pre-dnat"
 */
export function nftablesModel(ports: readonly NodeServicePort[], ctx: RulesContext): NftTable {
  const mark = ctx.masqueradeMark;
  const matchAll = ctx.nodePorts.matchAll;
  const set = (kind: NftSet['kind'], name: string, type: string, comment: string): NftSet => ({ kind, name, type, comment, elements: [] });
  const sets: NftSet[] = [
    set('set', 'cluster-ips', 'ipv4_addr', 'Active ClusterIPs'),
    ...(matchAll ? [] : [set('set', 'nodeport-ips', 'ipv4_addr', 'IPs that accept NodePort traffic')]),
    set('map', 'firewall-ips', VERDICT_KEY, 'destinations that are subject to LoadBalancerSourceRanges'),
    set('map', 'no-endpoint-nodeports', PORT_KEY, 'vmap to drop or reject packets to service nodeports with no endpoints'),
    set('map', 'no-endpoint-services', VERDICT_KEY, 'vmap to drop or reject packets to services with no endpoints'),
    set('map', 'service-ips', VERDICT_KEY, 'ClusterIP, ExternalIP and LoadBalancer IP traffic'),
    set('map', 'service-nodeports', PORT_KEY, 'NodePort traffic'),
  ];
  const byName = new Map(sets.map((s) => [s.name, s]));
  const add = (name: string, element: NftElement) => byName.get(name)!.elements.push(element);
  for (const ip of ctx.nodePorts.ips) if (!ip.startsWith('127.')) add('nodeport-ips', { key: ip });

  const rule = (text: string, comment?: string): NftRule => (comment ? { text, comment } : { text });
  const base = (name: string, type: 'filter' | 'nat', hook: string, priority: number, rules: NftRule[]): NftChain => ({
    name,
    base: { type, hook, priority },
    rules,
  });
  const onNodePorts = matchAll ? 'fib daddr type local ip daddr != 127.0.0.0/8' : 'ip daddr @nodeport-ips';
  const cidrs = ctx.serviceCIDRs.join(', ');
  const chains: NftChain[] = [
    base('filter-prerouting-pre-dnat', 'filter', 'prerouting', -110, [rule('ct state new jump firewall-check')]),
    base('filter-output-pre-dnat', 'filter', 'output', -110, [rule('ct state new jump firewall-check')]),
    base('filter-forward', 'filter', 'forward', 0, [
      rule('ct state new jump service-endpoints-check'),
      rule('ct state new jump cluster-ips-check'),
    ]),
    base('filter-input', 'filter', 'input', 0, [
      rule('ct state new jump nodeport-endpoints-check'),
      rule('ct state new jump service-endpoints-check'),
    ]),
    base('filter-output', 'filter', 'output', 0, [
      rule('ct state new jump service-endpoints-check'),
      rule('ct state new jump cluster-ips-check'),
    ]),
    base('nat-prerouting', 'nat', 'prerouting', -100, [rule('jump services')]),
    base('nat-output', 'nat', 'output', -100, [rule('jump services')]),
    base('nat-postrouting', 'nat', 'postrouting', 100, [rule('jump masquerading')]),
    {
      name: 'cluster-ips-check',
      rules: [
        rule('ip daddr @cluster-ips reject', 'Reject traffic to invalid ports of ClusterIPs'),
        rule(`ip daddr { ${cidrs} } drop`, 'Drop traffic to unallocated ClusterIPs'),
      ],
    },
    { name: 'firewall-check', rules: [rule('ip daddr . meta l4proto . th dport vmap @firewall-ips')] },
    { name: 'mark-for-masquerade', rules: [rule(`mark set mark or ${mark}`)] },
    {
      name: 'masquerading',
      rules: [rule(`mark and ${mark} == 0 return`), rule(`mark set mark xor ${mark}`), rule('masquerade fully-random')],
    },
    { name: 'nodeport-endpoints-check', rules: [rule(`${onNodePorts} meta l4proto . th dport vmap @no-endpoint-nodeports`)] },
    { name: 'reject-chain', comment: 'helper for @no-endpoint-services / @no-endpoint-nodeports', rules: [rule('reject')] },
    {
      name: 'services',
      rules: [
        rule('ip daddr . meta l4proto . th dport vmap @service-ips'),
        rule(`${onNodePorts} meta l4proto . th dport vmap @service-nodeports`),
      ],
    },
    { name: 'service-endpoints-check', rules: [rule('ip daddr . meta l4proto . th dport vmap @no-endpoint-services')] },
  ];

  for (const port of ports) writeServicePort(port, ctx, sets, chains, add);
  return { comment: 'rules for kube-proxy', sets, chains };
}

function writeServicePort(
  port: NodeServicePort,
  ctx: RulesContext,
  sets: NftSet[],
  chains: NftChain[],
  add: (name: string, element: NftElement) => void,
): void {
  const { info, summary, categorized: c, protocol } = port;
  const service = summary.key;
  const p = info.port.port;
  const link = (extra: Partial<RuleLink> = {}): RuleLink => ({ service, port: p, ...extra });
  const nameBase = nftablesServiceBase(summary.namespace, summary.name, protocol, info.port.name ?? '');
  const hashed = hashAndTruncate(nameBase);
  const serviceChain = `service-${hashed}`;
  const localChain = `local-${hashed}`;
  const externalChain = `external-${hashed}`;
  const firewallChain = `firewall-${hashed}`;
  const plan = portPlan(port, serviceChain, localChain);
  const { hasEndpoints, internalChain, hasInternal, externalPolicyChain, hasExternal, usesExtChain, policyLink } = plan;
  const noEndpoint = hasEndpoints ? 'drop' : 'goto reject-chain';
  const noEndpointVerdict = hasEndpoints ? 'drop' : 'reject';
  const clusterIP = summary.clusterIP!;
  const tuple = (ip: string) => `${ip} . ${protocol} . ${p}`;
  const comment = port.servicePortName;
  const affinity = summary.sessionAffinity === 'ClientIP' ? (summary.sessionAffinityTimeoutSeconds ?? 10800) : undefined;
  const endpointName = (ep: ProxyEndpoint) => hashAndTruncate(nftablesEndpointBase(nameBase, ep.ip, ep.port));
  const vips = loadBalancerVIPs(summary);
  const firewall = sourceRangeFirewall(summary, ctx.nodeIP);

  add('cluster-ips', { key: clusterIP, link: link({ traffic: 'internal' }) });
  if (hasInternal) add('service-ips', { key: tuple(clusterIP), value: `goto ${internalChain}`, link: link({ traffic: 'internal' }) });
  else
    add('no-endpoint-services', {
      key: tuple(clusterIP),
      comment,
      value: noEndpoint,
      link: link({ traffic: 'internal', verdict: noEndpointVerdict }),
    });
  for (const ip of [...(summary.externalIPs ?? []), ...vips]) {
    if (usesExtChain) add('service-ips', { key: tuple(ip), value: `goto ${externalChain}`, link: link({ traffic: 'external' }) });
    if (!hasExternal)
      add('no-endpoint-services', {
        key: tuple(ip),
        comment,
        value: noEndpoint,
        link: link({ traffic: 'external', verdict: noEndpointVerdict }),
      });
  }
  if (firewall) {
    for (const ip of vips) add('firewall-ips', { key: tuple(ip), value: `goto ${firewallChain}`, link: link({ traffic: 'external' }) });
  }
  const nodePort = info.port.nodePort;
  if (nodePort) {
    const key = `${protocol} . ${nodePort}`;
    if (usesExtChain) add('service-nodeports', { key, value: `goto ${externalChain}`, link: link({ traffic: 'external' }) });
    if (!hasExternal)
      add('no-endpoint-nodeports', { key, comment, value: noEndpoint, link: link({ traffic: 'external', verdict: noEndpointVerdict }) });
  }

  const writePolicyChain = (chain: string, endpoints: readonly ProxyEndpoint[]) => {
    const rules: NftRule[] = [];
    if (chain === internalChain && hasInternal && (ctx.masqueradeAll || ctx.detector.implemented)) {
      const notLocal = ctx.masqueradeAll ? '' : ` ${ctx.detector.nftIfNotLocal}`;
      rules.push({ text: `ip daddr ${clusterIP}${notLocal} jump mark-for-masquerade`, link: link({ traffic: 'internal' }) });
    }
    if (affinity !== undefined) {
      for (const ep of endpoints) {
        const name = endpointName(ep);
        rules.push({ text: `ip saddr @affinity-${name} goto endpoint-${name}`, link: link({ ...policyLink(chain), pod: ep.pod }) });
      }
    }
    const vmap = endpoints.map((ep, i) => `${i} : goto endpoint-${endpointName(ep)}`).join(', ');
    rules.push({ text: `numgen random mod ${endpoints.length} vmap { ${vmap} }`, link: link(policyLink(chain)) });
    chains.push({ name: chain, rules, link: link(policyLink(chain)) });
  };
  if (plan.usesClusterChain) writePolicyChain(serviceChain, plan.cluster);
  if (plan.usesLocalChain) writePolicyChain(localChain, plan.local);

  if (usesExtChain) {
    const l = link({ traffic: 'external' });
    const rules: NftRule[] = [];
    if (!info.externalPolicyLocal) {
      rules.push({ text: 'jump mark-for-masquerade', link: l });
    } else {
      if (ctx.detector.implemented)
        rules.push({ text: `${ctx.detector.nftIfLocal} goto ${serviceChain}`, comment: 'short-circuit pod traffic', link: l });
      rules.push({ text: 'fib saddr type local jump mark-for-masquerade', comment: 'masquerade local traffic', link: l });
      rules.push({ text: `fib saddr type local goto ${serviceChain}`, comment: 'short-circuit local traffic', link: l });
    }
    if (hasExternal) rules.push({ text: `goto ${externalPolicyChain}`, link: l });
    chains.push({ name: externalChain, rules, link: l });
  }

  for (const ep of c.allReachableEndpoints) {
    const name = endpointName(ep);
    const l = link({ pod: ep.pod });
    if (affinity !== undefined)
      sets.push({
        kind: 'set',
        name: `affinity-${name}`,
        type: 'ipv4_addr',
        flags: 'dynamic,timeout',
        timeout: affinity,
        elements: [],
        link: l,
      });
    const rules: NftRule[] = [{ text: `ip saddr ${ep.ip} jump mark-for-masquerade`, link: l }];
    if (affinity !== undefined) rules.push({ text: `update @affinity-${name} { ip saddr }`, link: l });
    rules.push({ text: `meta l4proto ${protocol} dnat to ${ep.key}`, link: l });
    chains.push({ name: `endpoint-${name}`, rules, link: l });
  }

  if (firewall) {
    const l = link({ traffic: 'external', verdict: 'drop' });
    chains.push({ name: firewallChain, rules: [{ text: `ip saddr != { ${firewall.allowed.join(', ')} } drop`, link: l }], link: l });
  }
}
