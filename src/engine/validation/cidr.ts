/**
 * CIDR prefixes of either family as integers (netip.Prefix for our purposes): parsing, canonical
 * form, containment, and the n-th address of a prefix.
 */
import { formatIPv4, isIP, parseIPv4 } from './ipAddress';

export type IPFamily = 'IPv4' | 'IPv6';

export interface Prefix {
  family: IPFamily;
  /** The masked network address. */
  base: bigint;
  bits: number;
  /** Addresses in the prefix, 2^(width − bits). */
  size: bigint;
  /** "10.96.0.0/12", as netip prints it. */
  text: string;
}

export const INVALID_CIDR = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/**
 * An IP address as an integer with its family; undefined when it is not an IP.
 *
 * @example
 * parseIP('fd00::1'); // { family: 'IPv6', value: 0xfd00…01n }
 */
export function parseIP(text: string): { family: IPFamily; value: bigint } | undefined {
  const v4 = parseIPv4(text);
  if (v4 !== undefined) return { family: 'IPv4', value: BigInt(v4) };
  if (!isIP(text)) return undefined;
  let groups: string[];
  const [head = '', tail] = text.split('::');
  const split = (part: string) => (part === '' ? [] : part.split(':'));
  const expand = (parts: string[]) =>
    parts.flatMap((g) => {
      if (!g.includes('.')) return [g];
      const v = parseIPv4(g)!;
      return [(v >>> 16).toString(16), (v & 0xffff).toString(16)];
    });
  if (tail === undefined) groups = expand(split(head));
  else {
    const left = expand(split(head));
    const right = expand(split(tail));
    groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  }
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(parseInt(g, 16));
  return { family: 'IPv6', value };
}

/**
 * An address in its canonical text (RFC 5952 for IPv6: lower case, longest zero run as "::").
 *
 * @example
 * formatIP('IPv6', 0xfd000010009600000000000000000001n); // "fd00:10:96::1"
 */
export function formatIP(family: IPFamily, value: bigint): string {
  if (family === 'IPv4') return formatIPv4(Number(value));
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/**
 * A CIDR as written, or undefined when it is not one. `canonical` is false when host bits are set
 * or the address is not in its canonical text ("10.96.0.1/12", "FD00::/64").
 *
 * @example
 * parseCIDR('172.20.0.0/16'); // { family: 'IPv4', bits: 16, text: '172.20.0.0/16', canonical: true, … }
 */
export function parseCIDR(text: string): (Prefix & { canonical: boolean }) | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIP(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (!ip || !/^\d{1,3}$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  const width = ip.family === 'IPv4' ? 32 : 128;
  if (bits > width) return undefined;
  const hostBits = BigInt(width - bits);
  const base = (ip.value >> hostBits) << hostBits;
  const canonicalText = `${formatIP(ip.family, base)}/${bits}`;
  return { family: ip.family, base, bits, size: 1n << hostBits, text: canonicalText, canonical: canonicalText === text };
}

/** Whether the prefix holds the address. */
export function prefixContains(prefix: Prefix, ip: { family: IPFamily; value: bigint }): boolean {
  return ip.family === prefix.family && ip.value >= prefix.base && ip.value < prefix.base + prefix.size;
}

/**
 * An address as kube-proxy holds it after netutils.ParseIPSloppy(…).String(): leading zeros read as
 * decimal and dropped, IPv6 in RFC 5952 form. Text that is no address comes back unchanged.
 *
 * @example
 * canonicalIP('10.96.0.041'); // "10.96.0.41"
 * canonicalIP('2001:DB8:0:0::2'); // "2001:db8::2"
 */
export function canonicalIP(text: string): string {
  const ip = parseIP(text);
  return ip ? formatIP(ip.family, ip.value) : text;
}

/** Cheap test for text canonicalIP may change: a leading zero in an IPv4 octet, or any IPv6 address. */
export function mayBeNonCanonicalIP(text: string): boolean {
  return text.includes(':') || /(^|\.)0\d/.test(text);
}
