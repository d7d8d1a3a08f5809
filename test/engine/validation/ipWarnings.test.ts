import { describe, expect, it } from 'vitest';
import { ipWarning } from '../../../src/engine/validation/ipWarnings';

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
