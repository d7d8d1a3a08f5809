import { describe, expect, it } from 'vitest';
import { keyOf, normalizeObjectKey, shortObjectKey } from '../../src/engine/model';

describe('normalizeObjectKey', () => {
  it('puts a bare name in the default namespace and keeps a namespace/name key', () => {
    expect(normalizeObjectKey('client')).toBe('default/client');
    expect(normalizeObjectKey('web/client')).toBe('web/client');
    expect(normalizeObjectKey(keyOf({ namespace: 'kube-system', name: 'dns' }))).toBe('kube-system/dns');
  });
});

describe('shortObjectKey', () => {
  it('drops only the default namespace, the inverse of normalizeObjectKey there', () => {
    expect(shortObjectKey('default/client')).toBe('client');
    expect(shortObjectKey('web/client')).toBe('web/client');
    expect(shortObjectKey('defaults/client')).toBe('defaults/client');
    expect(normalizeObjectKey(shortObjectKey('default/client'))).toBe('default/client');
  });
});
