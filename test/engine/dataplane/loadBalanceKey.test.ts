import { expect, test } from 'vitest';
import { loadBalanceKey } from '../../../src/engine/dataplane/loadBalance';

test('the key tells apart what the shares and their words depend on: the count, the affinity and its timeout', () => {
  const none = { sessionAffinity: 'None' } as const;
  const sticky = (seconds?: number) =>
    ({ sessionAffinity: 'ClientIP', ...(seconds === undefined ? {} : { sessionAffinityTimeoutSeconds: seconds }) }) as const;
  expect(loadBalanceKey(3, none)).toBe(loadBalanceKey(3, { ...none }));
  const keys = [
    loadBalanceKey(3, none),
    loadBalanceKey(2, none),
    loadBalanceKey(3, sticky()),
    loadBalanceKey(3, sticky(60)),
    loadBalanceKey(2, sticky(60)),
    loadBalanceKey(3, sticky(86400)),
  ];
  expect(new Set(keys).size).toBe(keys.length);
  expect(loadBalanceKey(3, sticky())).toBe(loadBalanceKey(3, sticky(10800)));
});
