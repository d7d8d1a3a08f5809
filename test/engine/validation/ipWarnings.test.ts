import { describe, expect, it } from 'vitest';
import { cidrWarnings, ipWarning } from '../../../src/engine/validation/ipWarnings';

// Inputs and expected messages from upstream's TestGetWarningsForIP (pkg/api/service/warnings_test.go
// before 1.33, staging/src/k8s.io/apimachinery/pkg/util/validation/ip_test.go from 1.33).
describe('ipWarning', () => {
  const f = 'spec.clusterIPs[0]';
  it('canonical addresses get none', () => {
    for (const minor of [30, 33]) {
      expect(ipWarning(f, '192.12.2.2', minor)).toBeUndefined();
      expect(ipWarning(f, '2001:db8::2', minor)).toBeUndefined();
    }
  });

  it('IPv4 with leading zeros: the old and the new wording', () => {
    expect(ipWarning(f, '192.012.2.2', 32)).toBe(
      'spec.clusterIPs[0]: IP address was accepted, but will be invalid in a future Kubernetes release: ParseAddr("192.012.2.2"): IPv4 field has octet with leading zero',
    );
    expect(ipWarning(f, '192.012.2.2', 33)).toBe(
      'spec.clusterIPs[0]: non-standard IP address "192.012.2.2" will be considered invalid in a future Kubernetes release: use "192.12.2.2"',
    );
  });

  it('IPv6 not in RFC 5952 form, and IPv4-mapped IPv6', () => {
    expect(ipWarning('spec.loadBalancerIP', '2001:db8:0:0::2', 32)).toBe(
      'spec.loadBalancerIP: IPv6 address "2001:db8:0:0::2" is not in RFC 5952 canonical format ("2001:db8::2"), which may cause controller apply-loops',
    );
    expect(ipWarning('spec.loadBalancerIP', '2001:db8:0:0::2', 33)).toBe(
      'spec.loadBalancerIP: IPv6 address "2001:db8:0:0::2" should be in RFC 5952 canonical format ("2001:db8::2")',
    );
    expect(ipWarning(f, '::ffff:192.12.2.2', 32)).toBeUndefined();
    expect(ipWarning(f, '::ffff:192.12.2.2', 33)).toBe(
      'spec.clusterIPs[0]: non-standard IP address "::ffff:192.12.2.2" will be considered invalid in a future Kubernetes release: use "192.12.2.2"',
    );
  });
});

// Inputs and expected messages from upstream's TestGetWarningsForCIDR
// (staging/src/k8s.io/apimachinery/pkg/util/validation/ip_test.go, 1.33) and getWarningsForCIDR
// before it (pkg/api/service/warnings.go: netip.ParsePrefix's error).
describe('cidrWarnings', () => {
  const f = 'spec.loadBalancerSourceRanges[0]';
  it('canonical prefixes get none; a space-padded one none from 1.33 (ParseCIDRSloppy refuses it)', () => {
    for (const minor of [30, 33]) {
      expect(cidrWarnings(f, '192.12.2.0/24', minor)).toEqual([]);
      expect(cidrWarnings(f, '2001:db8::/64', minor)).toEqual([]);
    }
    expect(cidrWarnings(f, ' 203.0.113.0/25', 34)).toEqual([]);
    expect(cidrWarnings(f, ' 203.0.113.0/25', 32)).toEqual([
      'spec.loadBalancerSourceRanges[0]: IP prefix was accepted, but will be invalid in a future Kubernetes release: netip.ParsePrefix(" 203.0.113.0/25"): ParseAddr(" 203.0.113.0"): unexpected character (at " 203.0.113.0")',
    ]);
  });

  it('leading zeros, bits past the prefix length, and both (1.33 wording)', () => {
    expect(cidrWarnings(f, '192.012.2.0/24', 33)).toEqual([
      'spec.loadBalancerSourceRanges[0]: non-standard CIDR value "192.012.2.0/24" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"',
    ]);
    expect(cidrWarnings(f, '192.12.2.0/024', 33)).toEqual([
      'spec.loadBalancerSourceRanges[0]: non-standard CIDR value "192.12.2.0/024" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"',
    ]);
    expect(cidrWarnings(f, '192.12.2.8/24', 33)).toEqual([
      'spec.loadBalancerSourceRanges[0]: CIDR value "192.12.2.8/24" is ambiguous in this context (should be "192.12.2.0/24" or "192.12.2.8/32"?)',
    ]);
    expect(cidrWarnings(f, '192.012.2.8/24', 33)).toEqual([
      'spec.loadBalancerSourceRanges[0]: CIDR value "192.012.2.8/24" is ambiguous in this context (should be "192.12.2.0/24" or "192.12.2.8/32"?)',
      'spec.loadBalancerSourceRanges[0]: non-standard CIDR value "192.012.2.8/24" will be considered invalid in a future Kubernetes release: use "192.12.2.0/24"',
    ]);
    expect(cidrWarnings(f, '2001:db8:0:0::/64', 33)).toEqual([
      'spec.loadBalancerSourceRanges[0]: IPv6 CIDR value "2001:db8:0:0::/64" should be in RFC 5952 canonical format ("2001:db8::/64")',
    ]);
  });

  it('before 1.33: netip.ParsePrefix refuses leading zeros in the address or the bits', () => {
    expect(cidrWarnings(f, '203.0.113.000/025', 32)).toEqual([
      'spec.loadBalancerSourceRanges[0]: IP prefix was accepted, but will be invalid in a future Kubernetes release: netip.ParsePrefix("203.0.113.000/025"): ParseAddr("203.0.113.000"): IPv4 field has octet with leading zero',
    ]);
    expect(cidrWarnings(f, '192.12.2.0/024', 30)).toEqual([
      'spec.loadBalancerSourceRanges[0]: IP prefix was accepted, but will be invalid in a future Kubernetes release: netip.ParsePrefix("192.12.2.0/024"): bad bits after slash: "024"',
    ]);
    expect(cidrWarnings(f, '192.12.2.8/24', 32)).toEqual([]);
    expect(cidrWarnings(f, '2001:db8:0:0::/64', 32)).toEqual([
      'spec.loadBalancerSourceRanges[0]: IPv6 prefix "2001:db8:0:0::/64" is not in RFC 5952 canonical format ("2001:db8::/64"), which may cause controller apply-loops',
    ]);
  });
});
