import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { analyzeCluster } from '../../src/engine/analyze';
import { decodeCluster } from '../../src/engine/decode/decodeCluster';
import { simulateCluster } from '../../src/engine/events';
import { parseManifests } from '../../src/engine/parse/parseManifests';
import { runLine } from '../../src/kubectl/executeCommand';
import type { TerminalContext } from '../../src/kubectl/context';
import { seedContext } from './seedContext';

/** kubectl get -o yaml of a dual-stack cluster (test/cli/fixtures), live in the terminal. */
function dualStackContext(): TerminalContext {
  const files = [{ name: 'dump.yaml', text: readFileSync('test/cli/fixtures/dual-stack-dump.yaml', 'utf8') }];
  const cluster = decodeCluster(parseManifests(files).documents, { version: '1.34' }).cluster;
  const live = simulateCluster(cluster, [], 0).cluster;
  return { report: analyzeCluster(live, { kubernetesVersion: '1.34' }), cluster: live, files, now: 0, seed: 1 };
}

test("describe svc of a dual-stack Service: kubectl's IP family lines, and each family's proxier node by node", () => {
  const { output, exitCode } = runLine('kubectl describe svc web', dualStackContext());
  expect(exitCode).toBe(0);
  const lines = output.split('\n');
  expect(lines).toContain('IP Family Policy:         RequireDualStack');
  expect(lines).toContain('IP Families:              IPv4,IPv6');
  expect(lines).toContain('IPs:                      10.96.40.10,fd00:10:96::4a0');
  const from = lines.indexOf('kube-proxy per IP family (one proxier each):');
  expect(lines.slice(from + 1)).toEqual([
    '  IPv4 10.96.40.10:80/TCP',
    '    node-a1: forward → 10.244.1.11:8080 50%, 10.244.2.12:8080 50%',
    '    node-b1: forward → 10.244.1.11:8080 50%, 10.244.2.12:8080 50%',
    '  IPv6 [fd00:10:96::4a0]:80/TCP',
    '    node-a1: forward → [fd00:10:244:1::b]:8080 50%, [fd00:10:244:2::c]:8080 50%',
    '    node-b1: forward → [fd00:10:244:1::b]:8080 50%, [fd00:10:244:2::c]:8080 50%',
  ]);
});

test('a single-stack Service says nothing of families beyond its policy', () => {
  const { output } = runLine('kubectl describe svc echo-svc', seedContext());
  expect(output).not.toContain('per IP family');
  expect(output).not.toContain('IPs:');
});
