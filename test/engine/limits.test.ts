import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { admitDeployments, MAX_SIMULATED_PODS, MAX_WORKLOAD_PODS, replicasLimitProblem } from '../../src/engine/limits';
import type { Deployment } from '../../src/engine/model';
import type { RoutingReport } from '../../src/engine/report';
import { decodeShareFragment, encodeShareFragment } from '../../src/io/share/shareState';

const deployment = (name: string, replicas: string, extra = '') =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  replicas: ${replicas}`,
    '  selector:',
    '    matchLabels:',
    `      app: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${name}`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    '          image: registry.k8s.io/echoserver:2.5',
    extra,
  ].join('\n');

const service = (name: string, port: string) =>
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  selector:',
    `    app: ${name}`,
    '  ports:',
    `    - port: ${port}`,
  ].join('\n');

const errors = (report: RoutingReport) => report.diagnostics.filter((d) => d.severity === 'error');

describe('int32 fields are decoded as the API server decodes them', () => {
  it.each(['2147483648', '3e9', '1e308', '-2147483649'])('replicas: %s is not an int32', (value) => {
    const report = analyzeFiles([{ name: 'd.yaml', text: deployment('echo', value) }]);
    const [error] = errors(report);
    expect(error?.message).toContain(`spec.replicas: Invalid value: `);
    expect(error?.message).toContain('cannot unmarshal number into a field of type int32');
    expect(error?.line).toBe(6);
    expect(report.pods).toEqual([]);
  });

  it('2147483647 is an int32, refused by the simulation limit instead', () => {
    const report = analyzeFiles([{ name: 'd.yaml', text: deployment('echo', '2147483647') }]);
    expect(errors(report).map((d) => d.message)).toEqual([
      'Deployment default/echo: the playground simulates at most 150,000 pods per workload; replicas: 2147483647 would create 2,147,483,647 (the Deployment is not applied)',
    ]);
  });

  it('a port of 3e9 is not an int32 either', () => {
    const report = analyzeFiles([{ name: 's.yaml', text: service('echo', '3000000000') }]);
    expect(errors(report)[0]?.message).toContain('spec.ports[0].port: Invalid value: 3000000000: cannot unmarshal number');
  });
});

describe('the simulation limit', () => {
  it('refuses a workload past the per-workload limit, with one diagnostic at spec.replicas', () => {
    const report = analyzeFiles([{ name: 'd.yaml', text: deployment('echo', '100000000') }]);
    const found = errors(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'd.yaml', line: 6, path: 'spec.replicas', object: 'Deployment default/echo' });
    expect(found[0]!.message).toMatch(
      /the playground simulates at most 150,000 pods per workload; replicas: 100000000 would create 100,000,000/,
    );
    expect(report.pods).toEqual([]);
  });

  it('refuses the Deployment that would take the cluster past the total, and keeps the others', () => {
    const text = [deployment('a', '120000'), '---', deployment('b', '90000'), '---', deployment('c', '2')].join('\n');
    const problem = replicasLimitProblem(90_000, 120_000);
    expect(problem).toBe('the playground simulates at most 200,000 pods in all; replicas: 90000 would bring the cluster to 210,000');
    // Decoding alone: the pods of `a` are not built by this test (the limit is checked before scheduling).
    expect(replicasLimitProblem(120_000, 0)).toBeUndefined();
    expect(replicasLimitProblem(MAX_WORKLOAD_PODS + 1, 0)).toMatch(/per workload/);
    expect(replicasLimitProblem(1, MAX_SIMULATED_PODS)).toMatch(/in all/);
    expect(text).toContain('replicas: 90000');
  });

  it('a timeline that scales past the limit warns and changes nothing', () => {
    const files = [{ name: 'd.yaml', text: deployment('echo', '2') }];
    const report = analyzeFiles(files, {
      timeline: {
        now: 10,
        events: [
          { id: '1', at: 1, label: 'scale', event: { type: 'deployment.scale', deployment: 'default/echo', replicas: 100_000_000 } },
          { id: '2', at: 2, label: 'scale', event: { type: 'deployment.scale', deployment: 'default/echo', replicas: 3e9 } },
        ],
      },
    });
    expect(report.pods.filter((p) => p.owner)).toHaveLength(2);
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
    expect(warnings.some((m) => m.includes('not scaled: the playground simulates at most 150,000 pods per workload'))).toBe(true);
    expect(warnings.some((m) => m.includes('cannot unmarshal number into a field of type int32'))).toBe(true);
  });

  it('a timeline patch or apply past the limit is refused too', () => {
    const files = [{ name: 'd.yaml', text: deployment('echo', '2') }];
    const report = analyzeFiles(files, {
      timeline: {
        now: 10,
        events: [
          {
            id: '1',
            at: 1,
            label: 'patch',
            event: { type: 'deployment.patch', deployment: 'default/echo', patch: { spec: { replicas: 100_000_000 } } },
          },
          { id: '2', at: 2, label: 'apply', event: { type: 'apply', file: 'big.yaml', text: deployment('big', '190000') } },
        ],
      },
    });
    const warnings = report.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
    expect(warnings.join('\n')).toMatch(/replicas: 100000000 would create 100,000,000/);
    expect(warnings.join('\n')).toMatch(
      /big.yaml:6:13: Deployment default\/big: the playground simulates at most 150,000 pods per workload/,
    );
    expect(report.pods).toHaveLength(2);
  });

  it('kubectl apply on a live cluster admits Deployments only while the total stays within the limit', () => {
    const d = (name: string, replicas: number) => ({ metadata: { namespace: 'default', name }, replicas }) as Deployment;
    const live = { pods: [], deployments: [d('a', 120_000)] };
    const { accepted, refused } = admitDeployments(live, [d('a', 140_000), d('b', 50_000), d('c', 10_000), d('d', 1)]);
    expect(accepted.map((x) => x.metadata.name)).toEqual(['a', 'b', 'c']);
    expect(refused.map((r) => r.problem)).toEqual([
      'the playground simulates at most 200,000 pods in all; replicas: 1 would bring the cluster to 200,001',
    ]);
  });
});

/** Values a link, a paste or a typo may put in an int32 field. */
const hostileInt = fc.constantFrom(
  '100000000',
  '2147483647',
  '2147483648',
  '-1',
  '1e308',
  '3e9',
  '1.5',
  '.inf',
  '-.nan',
  '"3"',
  '0x7fffffff',
  '[1]',
  '150001',
);
const smallInt = fc.integer({ min: 0, max: 4 }).map(String);

describe('hostile manifests (fast-check): bounded work and a clear diagnostic', () => {
  it('any mix of huge or malformed replicas and ports simulates a bounded number of pods, and says why', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ replicas: fc.oneof(hostileInt, smallInt), port: fc.oneof(hostileInt, fc.constantFrom('80', '8080')) }), {
          minLength: 1,
          maxLength: 4,
        }),
        (workloads) => {
          const text = workloads.flatMap((w, i) => [deployment(`w${i}`, w.replicas), '---', service(`w${i}`, w.port), '---']).join('\n');
          const report = analyzeFiles([{ name: 'hostile.yaml', text }]);
          // The work done is counted, not timed: the pods simulated are those of the small, valid workloads only.
          const small = workloads.filter((w) => /^\d$/.test(w.replicas)).reduce((n, w) => n + Number(w.replicas), 0);
          expect(report.pods.length).toBeLessThanOrEqual(small);
          expect(report.routes.length).toBeLessThanOrEqual(report.pods.length * workloads.length);
          workloads.forEach((w, i) => {
            if (/^\d$/.test(w.replicas)) return;
            const line = 1 + i * 29 + 5;
            const at = report.diagnostics.filter((d) => d.file === 'hostile.yaml' && d.line === line && d.severity === 'error');
            expect(at, `replicas: ${w.replicas}`).toHaveLength(1);
            expect(at[0]!.message).toMatch(
              /simulates at most|cannot unmarshal|must be greater than or equal to 0|unsupported|Invalid value|cannot construct|must be/,
            );
            expect(at[0]!.message.length).toBeLessThan(400);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('share links with such manifests decode to the same bounded analysis', () => {
    fc.assert(
      fc.property(hostileInt, (replicas) => {
        const fragment = encodeShareFragment({
          v: 1,
          files: [{ name: 'cluster.yaml', text: deployment('echo', replicas) }],
          kubernetesVersion: '1.34',
        });
        const decoded = decodeShareFragment(fragment);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        const report = analyzeFiles(decoded.state.files);
        expect(report.pods).toEqual([]);
        expect(errors(report)).toHaveLength(1);
      }),
      { numRuns: 20 },
    );
  });
});
