import { describe, expect, it } from 'vitest';
import { keyOf, normalizeObjectKey } from '../../src/engine/model';

describe('normalizeObjectKey', () => {
  it('puts a bare name in the default namespace and keeps a namespace/name key', () => {
    expect(normalizeObjectKey('client')).toBe('default/client');
    expect(normalizeObjectKey('web/client')).toBe('web/client');
    expect(normalizeObjectKey(keyOf({ namespace: 'kube-system', name: 'dns' }))).toBe('kube-system/dns');
  });
});
