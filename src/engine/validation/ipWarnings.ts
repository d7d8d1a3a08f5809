/**
 * The API server's warnings for IP fields of a Service that it accepts but will refuse one day
 * (pkg/api/service/warnings.go since 1.27; from 1.33 apimachinery's validation.GetWarningsForIP,
 * KEP-4858). StrictIPCIDRValidation, which turns them into errors, is alpha and off in every
 * modelled version.
 */
import { canonicalIP, parseIP } from './cidr';

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
