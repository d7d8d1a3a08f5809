/**
 * An excerpt of `nft list table ip kube-proxy` on one node: the sets, maps and per-service
 * chains kube-proxy's nftables proxier writes for the given service ports
 * (pkg/proxy/nftables/proxier.go syncProxyRules). The fixed base chains are left out.
 */
import type { ProxyEndpoint } from '../proxy/proxyEndpoint';
import { hashAndTruncate, nftablesEndpointBase, nftablesServiceBase } from './chainNames';
import type { NodeServicePort } from './nodeServicePorts';
import { portPlan } from './portPlan';
import type { RuleLine, RuleLink } from './ruleLine';

export interface NftablesOptions {
  clusterCIDR: string;
}

type Element = RuleLine & { key: string };

const MAPS: readonly { name: string; type: string; comment: string }[] = [
  { name: 'cluster-ips', type: 'ipv4_addr', comment: 'Active ClusterIPs' },
  {
    name: 'no-endpoint-nodeports',
    type: 'inet_proto . inet_service : verdict',
    comment: 'vmap to drop or reject packets to service nodeports with no endpoints',
  },
  {
    name: 'no-endpoint-services',
    type: 'ipv4_addr . inet_proto . inet_service : verdict',
    comment: 'vmap to drop or reject packets to services with no endpoints',
  },
  {
    name: 'service-ips',
    type: 'ipv4_addr . inet_proto . inet_service : verdict',
    comment: 'ClusterIP, ExternalIP and LoadBalancer IP traffic',
  },
  { name: 'service-nodeports', type: 'inet_proto . inet_service : verdict', comment: 'NodePort traffic' },
];

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
 * @example
 * nftablesRules(nodeServicePorts(report, 'mnode-m02'), { clusterCIDR: '10.244.0.0/16' })[0].text; // "table ip kube-proxy {"
 */
export function nftablesRules(ports: readonly NodeServicePort[], options: NftablesOptions): RuleLine[] {
  const elements = new Map<string, Element[]>(MAPS.map((m) => [m.name, []]));
  const sets: RuleLine[][] = [];
  const chains: RuleLine[][] = [];
  const element = (map: string, key: string, value: string, link: RuleLink) => elements.get(map)!.push({ key, text: value, link });

  for (const port of ports) {
    const { info, summary, categorized: c, protocol } = port;
    const service = summary.key;
    const p = info.port.port;
    const link = (extra: Partial<RuleLink> = {}): RuleLink => ({ service, port: p, ...extra });
    const base = nftablesServiceBase(summary.namespace, summary.name, protocol, info.port.name ?? '');
    const hashed = hashAndTruncate(base);
    const serviceChain = `service-${hashed}`;
    const localChain = `local-${hashed}`;
    const externalChain = `external-${hashed}`;
    const {
      cluster,
      local,
      hasEndpoints,
      usesClusterChain,
      usesLocalChain,
      internalChain,
      hasInternal,
      externalPolicyChain,
      hasExternal,
      usesExtChain,
      policyLink,
    } = portPlan(port, serviceChain, localChain);
    const noEndpoint = hasEndpoints ? 'drop' : 'goto reject-chain';
    const noEndpointVerdict = hasEndpoints ? 'drop' : 'reject';
    const clusterIP = summary.clusterIP!;
    const tuple = (ip: string) => `${ip} . ${protocol} . ${p}`;
    const commented = (key: string) => `${key} comment "${port.servicePortName}"`;
    const affinity = summary.sessionAffinity === 'ClientIP' ? (summary.sessionAffinityTimeoutSeconds ?? 10800) : undefined;
    const endpointName = (ep: ProxyEndpoint) => hashAndTruncate(nftablesEndpointBase(base, ep.ip, ep.port));

    element('cluster-ips', clusterIP, clusterIP, link({ traffic: 'internal' }));
    if (hasInternal) element('service-ips', tuple(clusterIP), `${tuple(clusterIP)} : goto ${internalChain}`, link({ traffic: 'internal' }));
    else
      element(
        'no-endpoint-services',
        tuple(clusterIP),
        `${commented(tuple(clusterIP))} : ${noEndpoint}`,
        link({ traffic: 'internal', verdict: noEndpointVerdict }),
      );
    for (const ip of [...(summary.externalIPs ?? []), ...(summary.loadBalancerIPs ?? [])]) {
      if (usesExtChain) element('service-ips', tuple(ip), `${tuple(ip)} : goto ${externalChain}`, link({ traffic: 'external' }));
      if (!hasExternal)
        element(
          'no-endpoint-services',
          tuple(ip),
          `${commented(tuple(ip))} : ${noEndpoint}`,
          link({ traffic: 'external', verdict: noEndpointVerdict }),
        );
    }
    const nodePort = info.port.nodePort;
    if (nodePort) {
      const key = `${protocol} . ${nodePort}`;
      if (usesExtChain) element('service-nodeports', key, `${key} : goto ${externalChain}`, link({ traffic: 'external' }));
      if (!hasExternal)
        element(
          'no-endpoint-nodeports',
          key,
          `${commented(key)} : ${noEndpoint}`,
          link({ traffic: 'external', verdict: noEndpointVerdict }),
        );
    }

    const writePolicyChain = (chain: string, endpoints: readonly ProxyEndpoint[]) => {
      const rules: RuleLine[] = [];
      if (affinity !== undefined) {
        for (const ep of endpoints) {
          sets.push([
            { text: `\tset affinity-${endpointName(ep)} {`, link: link({ pod: ep.pod }) },
            { text: '\t\ttype ipv4_addr' },
            { text: '\t\tflags dynamic,timeout' },
            { text: `\t\ttimeout ${nftDuration(affinity)}` },
            { text: '\t}' },
          ]);
        }
      }
      if (chain === internalChain && hasInternal) {
        rules.push({
          text: `\t\tip daddr ${clusterIP} ip saddr != ${options.clusterCIDR} jump mark-for-masquerade`,
          link: link({ traffic: 'internal' }),
        });
      }
      if (affinity !== undefined) {
        for (const ep of endpoints) {
          const name = endpointName(ep);
          rules.push({ text: `\t\tip saddr @affinity-${name} goto endpoint-${name}`, link: link({ ...policyLink(chain), pod: ep.pod }) });
        }
      }
      const vmap = endpoints.map((ep, i) => `${i} : goto endpoint-${endpointName(ep)}`).join(', ');
      rules.push({ text: `\t\tnumgen random mod ${endpoints.length} vmap { ${vmap} }`, link: link(policyLink(chain)) });
      chains.push([{ text: `\tchain ${chain} {`, link: link(policyLink(chain)) }, ...rules, { text: '\t}' }]);
    };
    if (usesClusterChain) writePolicyChain(serviceChain, cluster);
    if (usesLocalChain) writePolicyChain(localChain, local);

    if (usesExtChain) {
      const l = link({ traffic: 'external' });
      const rules: RuleLine[] = [];
      if (!info.externalPolicyLocal) {
        rules.push({ text: '\t\tjump mark-for-masquerade', link: l });
      } else {
        rules.push({ text: `\t\tip saddr ${options.clusterCIDR} goto ${serviceChain} comment "short-circuit pod traffic"`, link: l });
        rules.push({ text: '\t\tfib saddr type local jump mark-for-masquerade comment "masquerade local traffic"', link: l });
        rules.push({ text: `\t\tfib saddr type local goto ${serviceChain} comment "short-circuit local traffic"`, link: l });
      }
      if (hasExternal) rules.push({ text: `\t\tgoto ${externalPolicyChain}`, link: l });
      chains.push([{ text: `\tchain ${externalChain} {`, link: l }, ...rules, { text: '\t}' }]);
    }

    for (const ep of c.allReachableEndpoints) {
      const name = endpointName(ep);
      const l = link({ pod: ep.pod });
      const rules: RuleLine[] = [{ text: `\t\tip saddr ${ep.ip} jump mark-for-masquerade`, link: l }];
      if (affinity !== undefined) rules.push({ text: `\t\tupdate @affinity-${name} { ip saddr }`, link: l });
      rules.push({ text: `\t\tmeta l4proto ${protocol} dnat to ${ep.key}`, link: l });
      chains.push([{ text: `\tchain endpoint-${name} {`, link: l }, ...rules, { text: '\t}' }]);
    }
  }

  const out: RuleLine[] = [{ text: 'table ip kube-proxy {' }, { text: '\tcomment "rules for kube-proxy"' }];
  for (const map of MAPS) {
    const list = elements.get(map.name)!;
    const isMap = map.type.includes(': verdict');
    out.push(
      { text: `\t${isMap ? 'map' : 'set'} ${map.name} {` },
      { text: `\t\ttype ${map.type}` },
      { text: `\t\tcomment "${map.comment}"` },
    );
    if (list.length) {
      const sorted = [...list].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      // nft prints one element per line once a set has more than one.
      if (sorted.length === 1) out.push({ text: `\t\telements = { ${sorted[0]!.text} }`, link: sorted[0]!.link! });
      else
        sorted.forEach((e, i) =>
          out.push({
            text: i === 0 ? `\t\telements = { ${e.text},` : i === sorted.length - 1 ? `\t\t\t     ${e.text} }` : `\t\t\t     ${e.text},`,
            link: e.link!,
          }),
        );
    }
    out.push({ text: '\t}' });
  }
  for (const set of sets) out.push(...set);
  for (const chain of chains) out.push(...chain);
  out.push({ text: '}' });
  return out;
}
