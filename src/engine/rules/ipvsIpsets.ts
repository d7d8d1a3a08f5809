/**
 * The ipsets the IPVS proxier fills beside its virtual servers (pkg/proxy/ipvs/proxier.go
 * syncProxyRules, ipset.go), printed as `ipset list` prints them: the iptables rules match packets
 * against these sets instead of one rule per Service.
 */
import type { RuleLine, RuleLink } from './ruleLine';

type SetType = 'hash:ip' | 'hash:ip,port' | 'hash:ip,port,ip' | 'hash:ip,port,net' | 'bitmap:port';

/** kube-proxy's IPv4 sets in the order of its ipsetInfo table, with their types. */
const SETS: readonly (readonly [string, SetType])[] = [
  ['KUBE-LOOP-BACK', 'hash:ip,port,ip'],
  ['KUBE-CLUSTER-IP', 'hash:ip,port'],
  ['KUBE-EXTERNAL-IP', 'hash:ip,port'],
  ['KUBE-EXTERNAL-IP-LOCAL', 'hash:ip,port'],
  ['KUBE-LOAD-BALANCER', 'hash:ip,port'],
  ['KUBE-LOAD-BALANCER-FW', 'hash:ip,port'],
  ['KUBE-LOAD-BALANCER-LOCAL', 'hash:ip,port'],
  ['KUBE-LOAD-BALANCER-SOURCE-IP', 'hash:ip,port,ip'],
  ['KUBE-LOAD-BALANCER-SOURCE-CIDR', 'hash:ip,port,net'],
  ['KUBE-NODE-PORT-TCP', 'bitmap:port'],
  ['KUBE-NODE-PORT-LOCAL-TCP', 'bitmap:port'],
  ['KUBE-NODE-PORT-UDP', 'bitmap:port'],
  ['KUBE-NODE-PORT-LOCAL-UDP', 'bitmap:port'],
  ['KUBE-NODE-PORT-SCTP-HASH', 'hash:ip,port'],
  ['KUBE-NODE-PORT-LOCAL-SCTP-HASH', 'hash:ip,port'],
  ['KUBE-HEALTH-CHECK-NODE-PORT', 'bitmap:port'],
  ['KUBE-IPVS-IPS', 'hash:ip'],
];

export type IpsetName = (typeof SETS)[number][0];

/** The IPv6 proxier's sets are named KUBE-6-…. */
function familyName(name: string, ipv6: boolean): string {
  return ipv6 ? name.replace(/^KUBE-/, 'KUBE-6-') : name;
}

/** Members of kube-proxy's sets as they are filled, each with the route it serves. */
export class Ipsets {
  private readonly members = new Map<string, Map<string, RuleLink | undefined>>();

  constructor(private readonly ipv6 = false) {}

  /** Adds `entry` (ipset's own member syntax: "10.96.0.10,tcp:80", "30080") to `set`. */
  add(set: IpsetName, entry: string, link?: RuleLink): void {
    let entries = this.members.get(set);
    if (!entries) this.members.set(set, (entries = new Map()));
    if (!entries.has(entry)) entries.set(entry, link);
  }

  /** The names of kube-proxy's sets that stay empty. */
  emptySets(): string[] {
    return SETS.filter(([name]) => !this.members.has(name)).map(([name]) => familyName(name, this.ipv6));
  }

  /**
   * `ipset list` of the sets that have members. NOTE: ipset also prints Revision, Size in memory and
   * References, which depend on the kernel and are left out; a hash set's members come in the
   * kernel's hash order, sorted here.
   *
   * @example
   * sets.add('KUBE-CLUSTER-IP', '10.96.0.10,tcp:80'); sets.render()[0].text; // "Name: KUBE-CLUSTER-IP"
   */
  render(): RuleLine[] {
    const lines: RuleLine[] = [];
    for (const [name, type] of SETS) {
      const entries = this.members.get(name);
      if (!entries) continue;
      if (lines.length) lines.push({ text: '' });
      const header = type === 'bitmap:port' ? 'range 0-65535' : `family ${this.ipv6 ? 'inet6' : 'inet'} hashsize 1024 maxelem 65536`;
      lines.push(
        { text: `Name: ${familyName(name, this.ipv6)}` },
        { text: `Type: ${type}` },
        { text: `Header: ${header}` },
        { text: `Number of entries: ${entries.size}` },
        { text: 'Members:' },
      );
      const sorted = [...entries].sort(([a], [b]) => compareMembers(a, b));
      for (const [entry, link] of sorted) lines.push(link ? { text: entry, link } : { text: entry });
    }
    return lines;
  }
}

/** Ports as numbers, the rest as text. */
function compareMembers(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}
