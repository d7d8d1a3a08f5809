import { expect, test } from 'vitest';
import { commonPrefix, complete, wordStart } from '../../src/kubectl/complete';
import { seedContext } from './seedContext';

const context = seedContext();
const echo = context
  .report!.pods.filter((p) => p.owner === 'Deployment echo')
  .map((p) => p.name)
  .sort();
const at = (line: string) => complete(line, line.length, context);

test.each([
  ['', ['clear', 'help', 'hit', 'kubectl']],
  ['ku', ['kubectl']],
  ['kubectl dr', ['drain']],
  ['kubectl de', ['delete', 'describe']],
  ['kubectl get ', ['all', 'deploy', 'ds', 'endpoints', 'endpointslices', 'events', 'nodes', 'pdb', 'pods', 'rc', 'rs', 'sts', 'svc']],
  ['kubectl get p', ['pdb', 'pods']],
  ['kubectl get pods ', ['client', ...echo]],
  ['kubectl get pods -o ', ['json', 'name', 'wide', 'yaml']],
  ['kubectl get pods --o', ['--output']],
  ['kubectl get pods -n kube-system ', []],
  ['kubectl cordon mnode-m', ['mnode-m02', 'mnode-m03']],
  ['kubectl drain mnode-m02 --i', ['--ignore-daemonsets']],
  ['kubectl drain mnode-m02 ', []],
  ['kubectl describe svc ', ['echo-svc']],
  ['kubectl scale ', ['deploy/echo']],
  ['kubectl rollout ', ['pause', 'restart', 'resume', 'status']],
  ['kubectl rollout status d', ['deploy/echo']],
  ['kubectl delete ', ['node', 'pod']],
  ['kubectl delete pod c', ['client']],
  ['kubectl apply -f echo', ['echo-pod.yaml', 'echo-service.yaml']],
  ['kubectl patch ', ['deploy', 'svc']],
  ['kubectl set ', ['image', 'selector']],
  ['kubectl set selector ', ['svc/echo-svc']],
  ['hit 40 ', ['echo-svc']],
  ['hit 40 echo-svc ', ['80']],
  ['hit 40 echo-svc --from ', ['client']],
  ['ls ', []],
  ['kubectl frobnicate ', []],
])('%j', (line, expected) => {
  expect(at(line)).toEqual(expected);
});

test('completes the word at the cursor, not at the end of the line', () => {
  const line = 'kubectl cordon mnode-m0 --help';
  expect(complete(line, 'kubectl cordon mnode-m0'.length, context)).toEqual(['mnode-m02', 'mnode-m03']);
  expect(wordStart(line, 'kubectl cordon mnode-m0'.length)).toBe('kubectl cordon '.length);
});

test('commonPrefix', () => {
  expect(commonPrefix(['mnode-m02', 'mnode-m03'])).toBe('mnode-m0');
  expect(commonPrefix([])).toBe('');
  expect(commonPrefix(['a'])).toBe('a');
});
