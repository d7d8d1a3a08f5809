import { expect, test } from 'vitest';
import { formatLabelSelector } from '../../src/kubectl/formatLabelSelector';

test.each([
  [{ matchLabels: {}, matchExpressions: [] }, '<none>'],
  [{ matchLabels: { app: 'echo' }, matchExpressions: [] }, 'app=echo'],
  [{ matchLabels: { tier: 'web', app: 'echo' }, matchExpressions: [] }, 'app=echo,tier=web'],
  [
    {
      matchLabels: { app: 'echo' },
      matchExpressions: [
        { key: 'zone', operator: 'NotIn' as const, values: ['b', 'a'] },
        { key: 'canary', operator: 'DoesNotExist' as const, values: [] },
        { key: 'track', operator: 'In' as const, values: ['stable'] },
        { key: 'env', operator: 'Exists' as const, values: [] },
      ],
    },
    'app=echo,!canary,env,track in (stable),zone notin (a,b)',
  ],
])('%j → %s', (selector, text) => {
  expect(formatLabelSelector(selector)).toBe(text);
});
