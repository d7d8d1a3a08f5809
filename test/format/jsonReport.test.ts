import { expect, test } from 'vitest';
import { buildJsonReport } from '../../src/format/jsonReport';
import { sampleReport } from '../cli/sampleReport';

test('the JSON report replaces serviceViews with one view per node and keeps every other field', () => {
  const report = sampleReport();
  const json = buildJsonReport(report);
  expect(json).not.toHaveProperty('serviceViews');
  const { serviceViews, ...rest } = report;
  for (const [key, value] of Object.entries(rest)) expect(json[key as keyof typeof json]).toEqual(value);

  const nodesInClasses = serviceViews.flatMap((g) => g.classes.flatMap((c) => c.nodes));
  expect(json.views.map((v) => v.node).sort()).toEqual(nodesInClasses.sort());
  const m02 = json.views.find((v) => v.node === 'mnode-m02')!;
  expect(m02).toMatchObject({ service: 'default/echo-svc', port: 80, protocol: 'TCP', traffic: 'internal', verdict: 'drop' });
  expect(Object.keys(json)).toEqual([
    'kubernetesVersion',
    'proxyMode',
    'featureGates',
    'diagnostics',
    'nodes',
    'pods',
    'services',
    'endpointSlices',
    'views',
    'routes',
  ]);
});

test('the JSON report survives a JSON round trip unchanged', () => {
  const json = buildJsonReport(sampleReport());
  expect(JSON.parse(JSON.stringify(json))).toEqual(json);
});
