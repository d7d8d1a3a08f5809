/**
 * Generated names must not change: they show in reports, golden files and the share links people
 * keep. These values were taken from the slice and pod name generators as they were, before they
 * shared one names.SimpleNameGenerator helper.
 */
import { describe, expect, test } from 'vitest';
import { generateSliceName } from '../../../src/engine/endpointslice/newEndpointSlice';
import { hashString } from '../../../src/engine/random';
import { nameSuffix, replicaPodName } from '../../../src/engine/scheduler/podNames';

const LONG = 'a-very-long-service-name-that-goes-past-the-limit-of-fifty-eight-characters-';

describe('EndpointSlice names', () => {
  test('first choices', () => {
    expect(generateSliceName('echo-svc-', 'default/echo-svc/IPv4/0', new Set())).toBe('echo-svc-p2vkk');
    expect(generateSliceName('echo-svc-', '1/default/echo-svc/IPv4/0', new Set())).toBe('echo-svc-tkrzh');
    expect(generateSliceName('echo-svc-', '1/placeholder', new Set())).toBe('echo-svc-mpzm5');
  });

  test('a prefix longer than 58 characters is cut before the suffix', () => {
    expect(LONG.length).toBeGreaterThan(58);
    expect(generateSliceName(LONG, 'seed', new Set())).toBe('a-very-long-service-name-that-goes-past-the-limit-of-fiftypsrz5');
  });

  test('a taken name is retried with the next attempt', () => {
    const taken = new Set<string>();
    const names = [0, 1, 2].map(() => generateSliceName('echo-svc-', 's', taken));
    expect(names).toEqual(['echo-svc-kchjd', 'echo-svc-9s4t2', 'echo-svc-xf7qk']);
    expect([...taken]).toEqual(names);
  });

  test('2,000 names over 50 seeds, collisions included', () => {
    const taken = new Set<string>();
    const names = Array.from({ length: 2000 }, (_, i) => generateSliceName('web-', `seed/${i % 50}`, taken));
    expect(names.slice(50, 52)).toEqual(['web-cns2f', 'web-5rcrl']);
    expect(hashString(names.join(','))).toBe(2794899497);
  });
});

describe('ReplicaSet pod names', () => {
  test('first choices (the seed demo’s echo pods among them)', () => {
    expect(replicaPodName('default', 'echo', '698b84c949', 0, new Set())).toBe('echo-698b84c949-2j5lm');
    expect(replicaPodName('default', 'echo', '698b84c949', 1, new Set())).toBe('echo-698b84c949-z5fbh');
    expect(replicaPodName('other', 'echo', '698b84c949', 0, new Set())).toBe('echo-698b84c949-qx7jm');
    expect(nameSuffix('default/echo/h', 3, 2)).toBe('7k95q');
  });

  test('a base longer than 58 characters is cut before the suffix', () => {
    expect(replicaPodName('default', 'x'.repeat(70), 'h', 0, new Set())).toBe(`${'x'.repeat(58)}kz7zk`);
  });

  test('a taken name is retried with the next attempt; taken holds namespace/name', () => {
    const taken = new Set<string>();
    const names = [0, 1, 2].map(() => replicaPodName('default', 'echo', 'h', 0, taken));
    expect(names).toEqual(['echo-h-j7lgp', 'echo-h-sf5s7', 'echo-h-2ms72']);
    expect([...taken]).toEqual(names.map((n) => `default/${n}`));
  });

  test('2,000 names over 700 replica indexes, collisions included', () => {
    const taken = new Set<string>();
    const names = Array.from({ length: 2000 }, (_, i) => replicaPodName('default', 'web', 'h', i % 700, taken));
    expect(names.slice(700, 702)).toEqual(['web-h-kqpdw', 'web-h-w9hl7']);
    expect(hashString(names.join(','))).toBe(393557700);
  });
});
