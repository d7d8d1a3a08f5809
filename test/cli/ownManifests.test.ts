/**
 * The JSON report for what people paste: docs pages' examples and `kubectl get -o yaml` dumps
 * (fixtures in test/cli/fixtures, written in the shape kubectl prints).
 */
import { describe, expect, test } from 'vitest';
import type { JsonReport } from '../../src/format/jsonReport';
import { SEED_DEMO, runCli } from './runCli';

const fixture = (name: string) => `test/cli/fixtures/${name}`;

async function report(files: string[], ...options: string[]): Promise<JsonReport> {
  const result = await runCli(['--format', 'json', ...options, ...files.map(fixture)]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as JsonReport;
}

const messagesOf = (json: JsonReport, severity: string) => json.diagnostics.filter((d) => d.severity === severity).map((d) => d.message);

describe('a cluster when none is given', { timeout: 60_000 }, () => {
  test("the docs' Deployment + Service run on a stated default cluster of 3 zones × 2 nodes and route", async () => {
    const json = await report(['docs-deployment-service.yaml']);
    expect(json.nodes.map((n) => `${n.name}@${n.zone}`)).toEqual([
      'node-a1@zone-a',
      'node-a2@zone-a',
      'node-b1@zone-b',
      'node-b2@zone-b',
      'node-c1@zone-c',
      'node-c2@zone-c',
    ]);
    expect(json.nodes.every((n) => n.generated === true && n.allocatableCpuMilli === 4000)).toBe(true);
    const said = messagesOf(json, 'info').filter((m) => m.includes('default cluster'));
    expect(said).toHaveLength(1);
    expect(json.pods.filter((p) => p.phase === 'Running')).toHaveLength(3);
    const views = json.views.filter((v) => v.service === 'default/my-service');
    expect(views).toHaveLength(6);
    for (const view of views) {
      expect(view.verdict).toBe('forward');
      expect(view.endpoints).toHaveLength(3);
    }
  });

  test('a Node in the input replaces the default cluster', async () => {
    const json = await runCli(['--format', 'json', SEED_DEMO[0]!, fixture('docs-deployment-service.yaml')]);
    const parsed = JSON.parse(json.stdout) as JsonReport;
    expect(parsed.nodes.map((n) => n.name)).toEqual(['mnode', 'mnode-m02', 'mnode-m03']);
    expect(parsed.nodes.some((n) => n.generated)).toBe(false);
    expect(parsed.diagnostics.some((d) => d.message.includes('default cluster'))).toBe(false);
  });
});

describe('ServiceCIDR and cluster IPs from other ranges', { timeout: 60_000 }, () => {
  test('an EKS/GKE dump (kind: List, managedFields) keeps its cluster IPs, with an info on declaring the range', async () => {
    const json = await report(['eks-gke-services-list.yaml']);
    expect(messagesOf(json, 'error')).toEqual([]);
    expect(json.services.map((s) => [s.key, s.clusterIP])).toEqual([
      ['shop/web', '172.20.143.9'],
      ['shop/api', '34.118.231.17'],
    ]);
    const infos = messagesOf(json, 'info').filter((m) => m.includes('outside the Service ranges'));
    expect(infos).toHaveLength(2);
    expect(infos[0]).toContain('kind: ServiceCIDR, spec.cidrs: ["172.20.0.0/16"]');
    expect(infos[1]).toContain('"34.118.0.0/16"');
  });

  test("a hand-written Service outside every range keeps the API server's error, in the allocator's words per version", async () => {
    const v136 = await report(['hand-written-service-172-20.yaml']);
    expect(v136.services).toEqual([]);
    expect(messagesOf(v136, 'error')[0]).toContain(
      'spec.clusterIPs: Invalid value: ["172.20.143.9"]: failed to allocate IP 172.20.143.9: the provided network does not match the current range',
    );
    const v132 = await report(['hand-written-service-172-20.yaml'], '--k8s', '1.32');
    expect(messagesOf(v132, 'error')[0]).toContain(
      'the provided IP (172.20.143.9) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    );
  });

  test('a ServiceCIDR declares the range: the hand-written Service is accepted, and the default range stays', async () => {
    const json = await report(['servicecidr-eks.yaml', 'hand-written-service-172-20.yaml', 'docs-deployment-service.yaml']);
    expect(messagesOf(json, 'error')).toEqual([]);
    expect(json.services.find((s) => s.key === 'shop/web')?.clusterIP).toBe('172.20.143.9');
    expect(json.services.find((s) => s.key === 'default/my-service')?.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\./);
  });

  test('ServiceCIDR validation and API versions as the API server serves them', async () => {
    const json = await report(['servicecidr-invalid.yaml']);
    expect(messagesOf(json, 'error')).toEqual([
      expect.stringContaining(
        'spec.cidrs: Invalid value: {"cidrs":["10.0.0.0/24","10.1.0.0/24"]}: may specify no more than one IP for each IP family',
      ),
      expect.stringContaining('spec.cidrs[0]: Invalid value: "172.20.1.0/16": must be in canonical form ("172.20.0.0/16")'),
    ]);
    const old = await report(['servicecidr-eks.yaml'], '--k8s', '1.32');
    expect(messagesOf(old, 'error')).toEqual([
      expect.stringContaining('no matches for kind "ServiceCIDR" in version "networking.k8s.io/v1"'),
    ]);
  });
});
