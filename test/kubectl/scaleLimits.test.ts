import { describe, expect, test } from 'vitest';
import { runLine } from '../../src/kubectl/executeCommand';
import { seedContext } from './seedContext';

describe('kubectl scale past what the playground simulates: an error, no event', () => {
  test.each([
    [
      'kubectl scale deploy/echo --replicas=100000000',
      'error: the playground simulates at most 150,000 pods per workload; --replicas: 100000000 would create 100,000,000\nNothing was changed.',
    ],
    [
      'kubectl scale deploy/echo --replicas=2147483648',
      'The Deployment "echo" is invalid: spec.replicas: Invalid value: 2147483648: cannot unmarshal number into a field of type int32',
    ],
    [
      'kubectl scale deploy/echo --replicas=99999999999999999999999',
      'The Deployment "echo" is invalid: spec.replicas: Invalid value: 99999999999999999999999: cannot unmarshal number into a field of type int32',
    ],
  ])('%s', (line, output) => {
    const result = runLine(line, seedContext());
    expect(result.output).toBe(output);
    expect(result.exitCode).toBe(1);
    expect(result.events).toEqual([]);
  });

  test('the largest workload the playground simulates is still accepted', () => {
    const result = runLine('kubectl scale deploy/echo --replicas=150000', seedContext());
    expect(result.exitCode).toBe(0);
    expect(result.events).toEqual([{ type: 'deployment.scale', deployment: 'default/echo', replicas: 150_000 }]);
  });
});
