import { describe, expect, it } from 'vitest';
import { canvasNote } from '../../src/view/canvasNote';
import { familyClusterIP } from '../../src/view/familyClusterIP';

describe('canvasNote', () => {
  it('has a one-line short form and the full sentence, for a family, a Service and none', () => {
    expect(canvasNote('default/web', 'IPv6')).toEqual({
      short: 'No client reaches default/web over IPv6',
      full: 'No client pod reaches default/web over IPv6: a client needs an IPv6 address (status.podIPs, or a node with an IPv6 pod CIDR).',
    });
    expect(canvasNote('default/web', undefined)).toEqual({
      short: 'No client reaches default/web',
      full: 'No client pod reaches default/web: add a pod that no Service selects.',
    });
    expect(canvasNote(null, undefined).full).toBe('No Service in the workspace yet.');
  });
});

describe('familyClusterIP', () => {
  const dual = { clusterIP: '10.96.112.40', clusterIPs: ['10.96.112.40', 'fd00:10:96::9c1'] };
  it("picks the cluster IP of the family, the Service's own without one, none it lacks", () => {
    expect(familyClusterIP(dual, 'IPv6')).toBe('fd00:10:96::9c1');
    expect(familyClusterIP(dual, 'IPv4')).toBe('10.96.112.40');
    expect(familyClusterIP(dual, undefined)).toBe('10.96.112.40');
    expect(familyClusterIP({ clusterIP: '10.96.0.10' }, 'IPv6')).toBeUndefined();
    expect(familyClusterIP({ clusterIP: '10.96.0.10' }, 'IPv4')).toBe('10.96.0.10');
  });
});
