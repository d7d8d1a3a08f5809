import { expect, test } from 'vitest';
import { proxyModeLabel } from '../../src/format/proxyModeLabel';

test('names the IPVS scheduler after the mode, and only when there is one', () => {
  expect(proxyModeLabel({ proxyMode: 'ipvs', ipvsScheduler: 'sh' })).toBe('ipvs (sh)');
  expect(proxyModeLabel({ proxyMode: 'iptables' })).toBe('iptables');
  expect(proxyModeLabel({ proxyMode: 'nftables', ipvsScheduler: undefined })).toBe('nftables');
});
