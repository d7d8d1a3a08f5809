/**
 * The `*filter` and `*nat` tables kube-proxy's iptables proxier writes on one node
 * (pkg/proxy/iptables/proxier.go syncProxyRules), in the order upstream's proxier tests print
 * them: KUBE-NODEPORTS and KUBE-SERVICES first, then the other chains by name.
 */
import type { ProxyEndpoint } from '../proxy/proxyEndpoint';
import { computeProbability } from '../dataplane/iptables';
import { loadBalancerVIPs, sourceRangeFirewall } from '../proxy/loadBalancerFirewall';
import { iptablesEndpointChain, iptablesServiceChain } from './chainNames';
import type { NodeServicePort } from './nodeServicePorts';
import { portPlan } from './portPlan';
import type { RuleLine, RuleLink } from './ruleLine';
import type { RulesContext } from './rulesContext';

const FILTER_CHAINS = ['KUBE-NODEPORTS', 'KUBE-SERVICES', 'KUBE-EXTERNAL-SERVICES', 'KUBE-FORWARD', 'KUBE-PROXY-FIREWALL'];

class Table {
  readonly chains = new Set<string>();
  readonly rules = new Map<string, RuleLine[]>();
  constructor(fixed: readonly string[]) {
    for (const chain of fixed) this.chains.add(chain);
  }
  add(chain: string, args: string, link?: RuleLink): void {
    this.chains.add(chain);
    const list = this.rules.get(chain) ?? [];
    list.push(link ? { text: `-A ${chain} ${args}`, link } : { text: `-A ${chain} ${args}` });
    this.rules.set(chain, list);
  }
  render(name: string): RuleLine[] {
    const order = [...this.chains].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    return [
      { text: `*${name}` },
      ...order.map((chain) => ({ text: `:${chain} - [0:0]` })),
      ...order.flatMap((chain) => this.rules.get(chain) ?? []),
      { text: 'COMMIT' },
    ];
  }
}

function rank(chain: string): number {
  return chain === 'KUBE-NODEPORTS' ? 0 : chain === 'KUBE-SERVICES' ? 1 : 2;
}

/** iptables-save quotes a comment only when it has to. */
function comment(text: string): string {
  return /[\s"']/.test(text) ? `-m comment --comment "${text}"` : `-m comment --comment ${text}`;
}

/**
 * @example
 * iptablesRules(nodeServicePorts(report, 'mnode-m02'), rulesContext(report, 'mnode-m02', 'iptables')).map((l) => l.text).join('\n');
 */
export function iptablesRules(ports: readonly NodeServicePort[], ctx: RulesContext): RuleLine[] {
  const mark = ctx.masqueradeMark;
  const filter = new Table(ctx.localhostNodePorts ? [...FILTER_CHAINS, 'KUBE-FIREWALL'] : FILTER_CHAINS);
  const nat = new Table(['KUBE-NODEPORTS', 'KUBE-SERVICES', 'KUBE-MARK-MASQ', 'KUBE-POSTROUTING']);
  for (const port of ports) writeServicePort(port, filter, nat, ctx);

  const last = comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain');
  if (ctx.nodePorts.matchAll) {
    const notLocalhost = ctx.localhostNodePorts ? '' : ' ! -d 127.0.0.0/8';
    nat.add('KUBE-SERVICES', `${last} -m addrtype --dst-type LOCAL${notLocalhost} -j KUBE-NODEPORTS`);
  } else {
    for (const ip of ctx.nodePorts.ips) {
      // A loopback address only with localhostNodePorts (upstream logs an error and skips it otherwise).
      if (ip.startsWith('127.') && !ctx.localhostNodePorts) continue;
      nat.add('KUBE-SERVICES', `${last} -d ${ip} -j KUBE-NODEPORTS`);
    }
  }
  if (ctx.localhostNodePorts) {
    filter.add(
      'KUBE-FIREWALL',
      `${comment('block incoming localnet connections')} -d 127.0.0.0/8 ! -s 127.0.0.0/8 -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP`,
    );
  }
  filter.add('KUBE-FORWARD', '-m conntrack --ctstate INVALID -m nfacct --nfacct-name ct_state_invalid_dropped_pkts -j DROP');
  filter.add('KUBE-FORWARD', `${comment('kubernetes forwarding rules')} -m mark --mark ${mark}/${mark} -j ACCEPT`);
  filter.add('KUBE-FORWARD', `${comment('kubernetes forwarding conntrack rule')} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`);
  nat.add('KUBE-MARK-MASQ', `-j MARK --or-mark ${mark}`);
  nat.add('KUBE-POSTROUTING', `-m mark ! --mark ${mark}/${mark} -j RETURN`);
  nat.add('KUBE-POSTROUTING', `-j MARK --xor-mark ${mark}`);
  nat.add('KUBE-POSTROUTING', `${comment('kubernetes service traffic requiring SNAT')} -j MASQUERADE`);
  return [...filter.render('filter'), ...nat.render('nat')];
}

function writeServicePort(port: NodeServicePort, filter: Table, nat: Table, ctx: RulesContext): void {
  const { info, summary, servicePortName: name, protocol, categorized: c } = port;
  const service = summary.key;
  const p = info.port.port;
  const link = (extra: Partial<RuleLink> = {}): RuleLink => ({ service, port: p, ...extra });
  const proto = `-m ${protocol} -p ${protocol}`;
  const svc = iptablesServiceChain('KUBE-SVC-', name, protocol);
  const svl = iptablesServiceChain('KUBE-SVL-', name, protocol);
  const ext = iptablesServiceChain('KUBE-EXT-', name, protocol);
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
  } = portPlan(port, svc, svl);
  const clusterIP = summary.clusterIP!;

  // Traffic without a chain, internal or external alike: DROP without local endpoints, REJECT without any.
  const noEndpointVerdict = hasEndpoints ? 'drop' : 'reject';
  const noEndpointFilter = hasEndpoints
    ? { target: 'DROP', text: `${name} has no local endpoints` }
    : { target: 'REJECT', text: `${name} has no endpoints` };

  if (hasInternal) {
    nat.add(
      'KUBE-SERVICES',
      `${comment(`${name} cluster IP`)} ${proto} -d ${clusterIP} --dport ${p} -j ${internalChain}`,
      link({ traffic: 'internal' }),
    );
  } else {
    filter.add(
      'KUBE-SERVICES',
      `${comment(noEndpointFilter.text)} ${proto} -d ${clusterIP} --dport ${p} -j ${noEndpointFilter.target}`,
      link({ traffic: 'internal', verdict: noEndpointVerdict }),
    );
  }
  for (const ip of summary.externalIPs ?? []) {
    if (hasEndpoints)
      nat.add('KUBE-SERVICES', `${comment(`${name} external IP`)} ${proto} -d ${ip} --dport ${p} -j ${ext}`, link({ traffic: 'external' }));
    if (!hasExternal)
      filter.add(
        'KUBE-EXTERNAL-SERVICES',
        `${comment(noEndpointFilter.text)} ${proto} -d ${ip} --dport ${p} -j ${noEndpointFilter.target}`,
        link({ traffic: 'external', verdict: noEndpointVerdict }),
      );
  }
  const vips = loadBalancerVIPs(summary);
  const fwChain = iptablesServiceChain('KUBE-FW-', name, protocol);
  const firewall = hasEndpoints ? sourceRangeFirewall(summary, ctx.nodeIP) : undefined;
  for (const ip of vips) {
    if (hasEndpoints)
      nat.add(
        'KUBE-SERVICES',
        `${comment(`${name} loadbalancer IP`)} ${proto} -d ${ip} --dport ${p} -j ${firewall ? fwChain : ext}`,
        link({ traffic: 'external' }),
      );
    if (firewall)
      filter.add(
        'KUBE-PROXY-FIREWALL',
        `${comment(`${name} traffic not accepted by ${fwChain}`)} ${proto} -d ${ip} --dport ${p} -j DROP`,
        link({ traffic: 'external', verdict: 'drop' }),
      );
  }
  if (!hasExternal) {
    for (const ip of vips) {
      filter.add(
        'KUBE-EXTERNAL-SERVICES',
        `${comment(noEndpointFilter.text)} ${proto} -d ${ip} --dport ${p} -j ${noEndpointFilter.target}`,
        link({ traffic: 'external', verdict: noEndpointVerdict }),
      );
    }
  }
  const nodePort = info.port.nodePort;
  if (nodePort) {
    if (hasEndpoints) {
      if (ctx.localhostNodePorts)
        nat.add(
          'KUBE-NODEPORTS',
          `${comment(name)} ${proto} -d 127.0.0.0/8 --dport ${nodePort} -m nfacct --nfacct-name localhost_nps_accepted_pkts -j ${ext}`,
          link({ traffic: 'external' }),
        );
      nat.add('KUBE-NODEPORTS', `${comment(name)} ${proto} --dport ${nodePort} -j ${ext}`, link({ traffic: 'external' }));
    }
    if (!hasExternal) {
      filter.add(
        'KUBE-EXTERNAL-SERVICES',
        `${comment(noEndpointFilter.text)} -m addrtype --dst-type LOCAL ${proto} --dport ${nodePort} -j ${noEndpointFilter.target}`,
        link({ traffic: 'external', verdict: noEndpointVerdict }),
      );
    }
  }

  // Every node answers the load balancer's health check; the filter table must let it in.
  if (summary.healthCheckNodePort) {
    filter.add(
      'KUBE-NODEPORTS',
      `${comment(`${name} health check node port`)} -m tcp -p tcp --dport ${summary.healthCheckNodePort} -j ACCEPT`,
      link({ traffic: 'external' }),
    );
  }

  if (hasInternal && (ctx.masqueradeAll || ctx.detector.implemented)) {
    const notLocal = ctx.masqueradeAll ? '' : ` ${ctx.detector.iptablesIfNotLocal}`;
    nat.add(
      internalChain,
      `${comment(`${name} cluster IP`)} ${proto} -d ${clusterIP} --dport ${p}${notLocal} -j KUBE-MARK-MASQ`,
      link({ traffic: 'internal' }),
    );
  }
  if (usesExtChain) {
    const l = link({ traffic: 'external' });
    nat.chains.add(ext);
    if (!info.externalPolicyLocal) {
      nat.add(ext, `${comment(`masquerade traffic for ${name} external destinations`)} -j KUBE-MARK-MASQ`, l);
    } else {
      if (ctx.detector.implemented)
        nat.add(ext, `${comment(`pod traffic for ${name} external destinations`)} ${ctx.detector.iptablesIfLocal} -j ${svc}`, l);
      nat.add(
        ext,
        `${comment(`masquerade LOCAL traffic for ${name} external destinations`)} -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`,
        l,
      );
      nat.add(ext, `${comment(`route LOCAL traffic for ${name} external destinations`)} -m addrtype --src-type LOCAL -j ${svc}`, l);
    }
    if (hasExternal) nat.add(ext, `-j ${externalPolicyChain}`, l);
  }

  if (firewall) {
    const l = link({ traffic: 'external' });
    nat.chains.add(fwChain);
    for (const source of firewall.allowed) nat.add(fwChain, `${comment(`${name} loadbalancer IP`)} -s ${source} -j ${ext}`, l);
    nat.add(
      fwChain,
      comment(`other traffic to ${name} will be dropped by KUBE-PROXY-FIREWALL`),
      link({ traffic: 'external', verdict: 'drop' }),
    );
  }

  if (usesClusterChain) writeServiceToEndpointRules(nat, port, svc, cluster, (pod) => link({ ...policyLink(svc), pod }));
  if (usesLocalChain) writeServiceToEndpointRules(nat, port, svl, local, (pod) => link({ ...policyLink(svl), pod }));

  for (const ep of c.allReachableEndpoints) {
    const chain = iptablesEndpointChain(name, protocol, ep.key);
    const l = link({ pod: ep.pod });
    nat.add(chain, `${comment(name)} -s ${ep.ip} -j KUBE-MARK-MASQ`, l);
    const recent = summary.sessionAffinity === 'ClientIP' ? ` -m recent --name ${chain} --set` : '';
    nat.add(chain, `${comment(name)}${recent} ${proto} -j DNAT --to-destination ${ep.key}`, l);
  }
}

function writeServiceToEndpointRules(
  nat: Table,
  port: NodeServicePort,
  chain: string,
  endpoints: readonly ProxyEndpoint[],
  link: (pod: string) => RuleLink,
): void {
  const { servicePortName: name, protocol, summary } = port;
  nat.chains.add(chain);
  if (summary.sessionAffinity === 'ClientIP') {
    const seconds = summary.sessionAffinityTimeoutSeconds ?? 10800;
    for (const ep of endpoints) {
      const sep = iptablesEndpointChain(name, protocol, ep.key);
      nat.add(
        chain,
        `${comment(`${name} -> ${ep.key}`)} -m recent --name ${sep} --rcheck --seconds ${seconds} --reap -j ${sep}`,
        link(ep.pod),
      );
    }
  }
  endpoints.forEach((ep, i) => {
    const sep = iptablesEndpointChain(name, protocol, ep.key);
    const statistic =
      i < endpoints.length - 1 ? ` -m statistic --mode random --probability ${computeProbability(endpoints.length - i)}` : '';
    nat.add(chain, `${comment(`${name} -> ${ep.key}`)}${statistic} -j ${sep}`, link(ep.pod));
  });
}
