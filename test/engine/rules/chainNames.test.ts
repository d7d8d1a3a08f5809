import { describe, expect, it } from 'vitest';
import { hashAndTruncate, iptablesEndpointChain, iptablesServiceChain, nftablesEndpointBase } from '../../../src/engine/rules/chainNames';

// Names from pkg/proxy/iptables/proxier_test.go TestOverallIPTablesRules and
// pkg/proxy/nftables/proxier_test.go TestOverallNFTablesRules.
describe('iptables chain names', () => {
  it('hashes servicePortName + protocol', () => {
    expect(iptablesServiceChain('KUBE-SVC-', 'ns1/svc1:p80', 'tcp')).toBe('KUBE-SVC-XPGD46QRK7WJZT7O');
    expect(iptablesServiceChain('KUBE-EXT-', 'ns2/svc2:p80', 'tcp')).toBe('KUBE-EXT-GNZBNJ2PO5MGZ6GT');
    expect(iptablesServiceChain('KUBE-FW-', 'ns5/svc5:p80', 'tcp')).toBe('KUBE-FW-NUKIZ6OKUXPJNT4C');
  });
  it('hashes servicePortName + protocol + endpoint', () => {
    expect(iptablesEndpointChain('ns1/svc1:p80', 'tcp', '10.180.0.1:80')).toBe('KUBE-SEP-SXIVWICOYRO3J4NJ');
    expect(iptablesEndpointChain('ns5/svc5:p80', 'tcp', '10.180.0.3:80')).toBe('KUBE-SEP-I77PXRDZVX7PMWMN');
    expect(iptablesEndpointChain('ns4/svc4:p80', 'tcp', '10.180.0.5:80')).toBe('KUBE-SEP-C6EBXVWJJZMIWKLZ');
  });
});

describe('nftables chain names', () => {
  it('prefixes eight characters of the hash', () => {
    expect(hashAndTruncate('ns1/svc1/tcp/p80')).toBe('ULMVA6XW-ns1/svc1/tcp/p80');
    expect(hashAndTruncate(nftablesEndpointBase('ns1/svc1/tcp/p80', '10.180.0.1', 80))).toBe('5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80');
    expect(hashAndTruncate(nftablesEndpointBase('ns5/svc5/tcp/p80', '10.180.0.3', 80))).toBe('GTK6MW7G-ns5/svc5/tcp/p80__10.180.0.3/80');
  });
});
