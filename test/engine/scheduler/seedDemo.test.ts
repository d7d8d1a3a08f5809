import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeCluster } from '../../../src/engine/decode/decodeCluster';
import type { ClusterState } from '../../../src/engine/model';
import { parseManifests } from '../../../src/engine/parse/parseManifests';
import { schedulePods } from '../../../src/engine/scheduler/schedulePods';
import { cluster, deployment, pod, seedNodes, service } from './fixtures';

const where = (state: ClusterState) =>
  Object.fromEntries(
    schedulePods(state).pods.map((p) => [p.owner ? `${p.owner.name}#${p.metadata.name}` : p.metadata.name, p.spec.nodeName]),
  );

function expectArticlePlacement(state: ClusterState) {
  const { pods } = schedulePods(state);
  const echo = pods.filter((p) => p.owner?.name === 'echo');
  expect(echo.map((p) => p.spec.nodeName).sort()).toEqual(['mnode-m02', 'mnode-m03']);
  expect(pods.find((p) => p.metadata.name === 'client')!.spec.nodeName).toBe('mnode-m02');
  expect(pods.every((p) => p.spec.nodeName !== 'mnode')).toBe(true);
  expect(pods.every((p) => p.status.phase === 'Running' && p.status.ready && p.status.podIPs.length === 1)).toBe(true);
}

describe('the seed demo (PreferSameNode article): echo on m02 and m03, client on m02', () => {
  it('from the example files, decoded', () => {
    const dir = fileURLToPath(new URL('../../../src/scenarios/seed-demo/', import.meta.url));
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => ({ name, text: readFileSync(dir + name, 'utf8') }));
    const decoded = decodeCluster(parseManifests(files).documents, { version: '1.34' });
    expectArticlePlacement(decoded.cluster);
  });

  it('whichever is written first, client or Deployment', () => {
    const client = pod('client', { nodeSelector: { 'topology.kubernetes.io/zone': 'zone-a' }, file: 'client.yaml' });
    const echo = deployment('echo', 2, { file: 'echo-pod.yaml' });
    const services = [service('echo-svc', { app: 'echo' })];
    expectArticlePlacement(cluster({ nodes: seedNodes(), pods: [client], deployments: [echo], services }));
    const sameFile = {
      client: pod('client', { nodeSelector: client.spec.nodeSelector, file: 'all.yaml', line: 20 }),
      echo: deployment('echo', 2, { file: 'all.yaml', line: 1 }),
    };
    expectArticlePlacement(cluster({ nodes: seedNodes(), pods: [sameFile.client], deployments: [sameFile.echo], services }));
  });

  it('step 4: one replica with nodeSelector zone-b runs on mnode-m03', () => {
    const echo = deployment('echo', 1, { nodeSelector: { 'topology.kubernetes.io/zone': 'zone-b' } });
    expect(Object.values(where(cluster({ nodes: seedNodes(), deployments: [echo] })))).toEqual(['mnode-m03']);
  });
});
