import { describe, expect, it } from 'vitest';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isValidPortName, isValidPortNum } from '../../../src/engine/validation/names';

describe('name syntax', () => {
  it.each([
    ['web', true, true, true],
    ['1web', false, true, true],
    ['web.v1', false, false, true],
    ['Web', false, false, false],
    ['web-', false, false, false],
    ['a'.repeat(64), false, false, true],
  ])('%s: dns1035 %s, dns1123 label %s, subdomain %s', (name, dns1035, label, subdomain) => {
    expect(isDNS1035Label(name).length === 0).toBe(dns1035);
    expect(isDNS1123Label(name).length === 0).toBe(label);
    expect(isDNS1123Subdomain(name).length === 0).toBe(subdomain);
  });

  it('reports the length limit', () => {
    expect(isDNS1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });
});

describe('port syntax', () => {
  it.each([
    [0, false],
    [1, true],
    [65535, true],
    [65536, false],
    [1.5, false],
  ])('port %d valid: %s', (port, ok) => {
    expect(isValidPortNum(port).length === 0).toBe(ok);
  });

  it.each([
    ['http', []],
    ['http-alt', []],
    ['a-very-long-port-name', ['must be no more than 15 characters']],
    ['-http', ['must not begin or end with a hyphen']],
    ['HTTP', ['must contain only alpha-numerics (a-z, 0-9), and hyphens (-)', 'must contain at least one letter (a-z)']],
  ])('port name %s', (name, errs) => {
    expect(isValidPortName(name)).toEqual(errs);
  });
});
