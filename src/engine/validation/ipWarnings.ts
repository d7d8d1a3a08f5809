/**
 * The API server's warnings for IP and CIDR fields of a Service that it accepts but will refuse one
 * day (pkg/api/service/warnings.go since 1.27; from 1.33 apimachinery's validation.GetWarningsForIP
 * and GetWarningsForCIDR, KEP-4858). StrictIPCIDRValidation, which turns them into errors, is alpha and off in every
 * modelled version.
 */
import { canonicalIP, formatIP, parseCIDR, parseIP } from './cidr';

/**
 * The warning for `value` at `field`, or undefined for a canonical address (or no address at all:
 * validation reports that).
 *
 * @example
 * ipWarning('spec.clusterIPs[0]', '10.96.0.041', 33);
 * // 'spec.clusterIPs[0]: non-standard IP address "10.96.0.041" will be considered invalid in a future Kubernetes release: use "10.96.0.41"'
 */
export function ipWarning(field: string, value: string, minor: number): string | undefined {
  const ip = parseIP(value);
  if (!ip) return undefined;
  const canonical = canonicalIP(value);
  if (ip.family === 'IPv4') {
    if (!/(^|\.)0\d/.test(value)) return undefined;
    return minor >= 33
      ? `${field}: non-standard IP address "${value}" will be considered invalid in a future Kubernetes release: use "${canonical}"`
      : `${field}: IP address was accepted, but will be invalid in a future Kubernetes release: ParseAddr("${value}"): IPv4 field has octet with leading zero`;
  }
  // An IPv4-mapped IPv6 address: netip.ParseAddr keeps it as written (no warning before 1.33);
  // GetWarningsForIP asks for the IPv4 form.
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) {
    return minor >= 33
      ? `${field}: non-standard IP address "${value}" will be considered invalid in a future Kubernetes release: use "${canonicalIP(mapped[1]!)}"`
      : undefined;
  }
  if (canonical === value) return undefined;
  return minor >= 33
    ? `${field}: IPv6 address "${value}" should be in RFC 5952 canonical format ("${canonical}")`
    : `${field}: IPv6 address "${value}" is not in RFC 5952 canonical format ("${canonical}"), which may cause controller apply-loops`;
}

/**
 * The warnings for a CIDR field (spec.loadBalancerSourceRanges[i]) as written, for the modelled
 * minor: from 1.33 GetWarningsForCIDR (a value ParseCIDRSloppy refuses, such as a space-padded
 * one, gets none), before it getWarningsForCIDR (netip.ParsePrefix's error).
 *
 * @example
 * cidrWarnings('spec.loadBalancerSourceRanges[0]', '192.12.2.8/24', 34);
 * // ['spec.loadBalancerSourceRanges[0]: CIDR value "192.12.2.8/24" is ambiguous in this context (should be "192.12.2.0/24" or "192.12.2.8/32"?)']
 */
export function cidrWarnings(field: string, value: string, minor: number): string[] {
  const slash = value.indexOf('/');
  const addrText = slash < 0 ? value : value.slice(0, slash);
  const bitsText = slash < 0 ? '' : value.slice(slash + 1);
  const ip = parseIP(addrText);
  const prefix = parseCIDR(value);
  const leadingZeroOctet = ip?.family === 'IPv4' && /(^|\.)0\d/.test(addrText);
  const leadingZeroBits = bitsText.length > 1 && !/^[1-9]/.test(bitsText);
  if (minor < 33) {
    // netip.ParsePrefix reads the address first, then the bits.
    const parseAddrError = leadingZeroOctet
      ? 'IPv4 field has octet with leading zero'
      : addrText !== addrText.trim() && parseIP(addrText.trim())
        ? `unexpected character (at ${JSON.stringify(addrText)})`
        : undefined;
    const bad = parseAddrError
      ? `ParseAddr(${JSON.stringify(addrText)}): ${parseAddrError}`
      : leadingZeroBits || (bitsText !== bitsText.trim() && parseCIDR(value.trim()))
        ? `bad bits after slash: ${JSON.stringify(bitsText)}`
        : undefined;
    if (bad)
      return [
        `${field}: IP prefix was accepted, but will be invalid in a future Kubernetes release: netip.ParsePrefix(${JSON.stringify(value)}): ${bad}`,
      ];
    if (ip?.family === 'IPv6' && prefix) {
      const written = `${canonicalIP(addrText)}/${prefix.bits}`;
      if (written !== value)
        return [
          `${field}: IPv6 prefix ${JSON.stringify(value)} is not in RFC 5952 canonical format (${JSON.stringify(written)}), which may cause controller apply-loops`,
        ];
    }
    return [];
  }
  if (!ip || !prefix) return [];
  const warnings: string[] = [];
  const width = ip.family === 'IPv4' ? 32 : 128;
  if (ip.value !== prefix.base) {
    warnings.push(
      `${field}: CIDR value ${JSON.stringify(value)} is ambiguous in this context (should be ${JSON.stringify(prefix.text)} or ${JSON.stringify(`${formatIP(ip.family, ip.value)}/${width}`)}?)`,
    );
  }
  if (leadingZeroOctet || leadingZeroBits) {
    warnings.push(
      `${field}: non-standard CIDR value ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(prefix.text)}`,
    );
  }
  if (!warnings.length && ip.family === 'IPv6') {
    const written = `${canonicalIP(addrText)}/${prefix.bits}`;
    if (written !== value)
      warnings.push(
        `${field}: IPv6 CIDR value ${JSON.stringify(value)} should be in RFC 5952 canonical format (${JSON.stringify(written)})`,
      );
  }
  return warnings;
}
