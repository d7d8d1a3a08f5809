import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { analyzeCluster } from '../../src/engine/analyze';
import { decodeCluster } from '../../src/engine/decode/decodeCluster';
import { simulateCluster } from '../../src/engine/events';
import { parseManifests } from '../../src/engine/parse/parseManifests';
import type { KubeVersion } from '../../src/engine/version';
import { runLine } from '../../src/kubectl/executeCommand';
import type { TerminalContext } from '../../src/kubectl/context';
import { seedDemo } from '../../src/scenarios/seedDemo';

/** An EKS cluster's ServiceCIDR as `kubectl get servicecidr -o yaml` dumps it (networking.k8s.io/v1, 1.33+). */
const EKS_CIDR = `apiVersion: networking.k8s.io/v1
kind: ServiceCIDR
metadata:
  creationTimestamp: "2025-06-02T09:14:07Z"
  generation: 1
  managedFields:
  - apiVersion: networking.k8s.io/v1
    fieldsType: FieldsV1
    fieldsV1:
      f:spec:
        f:cidrs: {}
    manager: kubectl-client-side-apply
    operation: Update
    time: "2025-06-02T09:14:07Z"
  name: eks-extra
  resourceVersion: "1843"
  uid: 6f1d0c1e-5a0b-4d53-9d7e-3c2c3f3f8e11
spec:
  cidrs:
  - 172.20.0.0/16
status:
  conditions:
  - lastTransitionTime: "2025-06-02T09:14:07Z"
    message: ""
    reason: ""
    status: "True"
    type: Ready
`;

function contextOf(version: KubeVersion, extra: { name: string; text: string }[] = []): TerminalContext {
  const files = [...seedDemo.files, ...extra];
  const cluster = decodeCluster(parseManifests(files).documents, { version }).cluster;
  const live = simulateCluster(cluster, [], 0).cluster;
  return { report: analyzeCluster(live, { kubernetesVersion: version }), cluster: live, files, now: 0, seed: 1 };
}

const columns = (line: string) => line.split(/\s{2,}/);

describe('kubectl get servicecidr', () => {
  test("1.34: the API server's own kubernetes ServiceCIDR, with printServiceCIDR's columns", () => {
    const { output, exitCode } = runLine('kubectl get servicecidr', contextOf('1.34'));
    expect(exitCode).toBe(0);
    expect(output.split('\n').map(columns)).toEqual([
      ['NAME', 'CIDRS', 'AGE'],
      ['kubernetes', '10.96.0.0/12,fd00:10:96::/112', '0s'],
    ]);
  });

  test('a declared ServiceCIDR is listed beside it, by name, and kept by the live cluster', () => {
    const context = contextOf('1.34', [{ name: 'cidr.yaml', text: EKS_CIDR }]);
    const rows = runLine('kubectl get servicecidrs', context).output.split('\n').slice(1).map(columns);
    expect(rows).toEqual([
      ['eks-extra', '172.20.0.0/16', '0s'],
      ['kubernetes', '10.96.0.0/12,fd00:10:96::/112', '0s'],
    ]);
    expect(runLine('kubectl get servicecidr.networking.k8s.io -o name', context).output).toBe(
      'servicecidr.networking.k8s.io/eks-extra\nservicecidr.networking.k8s.io/kubernetes',
    );
    const object = parse(runLine('kubectl get servicecidr eks-extra -o yaml', context).output);
    expect(object).toMatchObject({ apiVersion: 'networking.k8s.io/v1', kind: 'ServiceCIDR', spec: { cidrs: ['172.20.0.0/16'] } });
    expect(runLine('kubectl get servicecidr nope', context)).toMatchObject({
      exitCode: 1,
      output: expect.stringContaining('Error from server (NotFound): servicecidrs.networking.k8s.io "nope" not found'),
    });
  });

  test('one named kubernetes replaces the default ranges', () => {
    const own = `apiVersion: networking.k8s.io/v1\nkind: ServiceCIDR\nmetadata:\n  name: kubernetes\nspec:\n  cidrs: ["10.100.0.0/16"]\n`;
    const rows = runLine('kubectl get servicecidr', contextOf('1.33', [{ name: 'k.yaml', text: own }])).output.split('\n');
    expect(rows.slice(1).map(columns)).toEqual([['kubernetes', '10.100.0.0/16', '0s']]);
  });

  test('1.32 serves no ServiceCIDR API unless the files declare one (the alpha/beta API enabled)', () => {
    const result = runLine('kubectl get servicecidr', contextOf('1.32'));
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain('error: the server doesn\'t have a resource type "servicecidr"');
    expect(result.hint).toContain('MultiCIDRServiceAllocator');
    const beta = EKS_CIDR.replace(/networking\.k8s\.io\/v1$/m, 'networking.k8s.io/v1beta1');
    const listed = runLine('kubectl get servicecidr', contextOf('1.32', [{ name: 'cidr.yaml', text: beta }]));
    expect(listed.exitCode).toBe(0);
    expect(listed.output).toContain('eks-extra');
  });
});

describe('kubectl describe servicecidr', () => {
  test("describeServiceCIDRV1's layout: the CIDRs joined with ', ' and the Ready condition", () => {
    const { output, exitCode } = runLine('kubectl describe servicecidr kubernetes', contextOf('1.36'));
    expect(exitCode).toBe(0);
    const lines = output.split('\n');
    expect(lines[0]).toBe('Name:         kubernetes');
    expect(lines).toContain('CIDRs:        10.96.0.0/12, fd00:10:96::/112');
    expect(lines.at(-1)).toMatch(/^ {2}Ready +True +/);
    expect(runLine('kubectl describe servicecidr other', contextOf('1.36')).output).toContain(
      'servicecidrs.networking.k8s.io "other" not found',
    );
  });
});
