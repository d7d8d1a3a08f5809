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

describe('the terminal prints what the cluster holds as kubectl does: control characters made visible', () => {
  test('a label value holding terminal escapes', () => {
    const context = seedContext();
    const pod = context.report!.pods.find((p) => p.name === 'client')!;
    pod.labels = { ...pod.labels, note: 'x\x1b]0;pwned\x07\x1b[2J' };
    const result = runLine('kubectl get pod client --show-labels', context);
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    expect(result.output).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(result.output).toContain('note=x^[]0;pwned^G^[[2J');
  });
});
