/** `route --compare`: every routing choice of one Service side by side, as text and as JSON. */
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs';
import type { PolicyComparison } from '../../src/engine';
import { SEED_DEMO, runCli } from './runCli';

const STACK_LINE = /^\s+at .+[:(]/m;

describe('parseArgs --compare', () => {
  test('reads the Service, the failure and the estimate inputs', () => {
    const parsed = parseArgs([
      '--compare',
      '--service',
      'default/echo-svc',
      '--failure',
      'zone:zone-b',
      '--rate=20',
      '--request-bytes',
      '300',
      '--response-bytes',
      '2000',
      '--price-per-gb',
      '0.01',
      'a.yaml',
    ]);
    expect(parsed).toEqual({
      kind: 'run',
      options: {
        files: ['a.yaml'],
        format: 'table',
        each: false,
        compare: true,
        service: 'default/echo-svc',
        failure: { kind: 'zone', zone: 'zone-b' },
        estimate: { requestsPerSecondPerClient: 20, requestBytes: 300, responseBytes: 2000, pricePerGb: 0.01 },
      },
    });
    expect(parseArgs(['--compare', '--failure', 'drain:mnode-m02', 'a.yaml'])).toMatchObject({
      options: { failure: { kind: 'drain', node: 'mnode-m02' } },
    });
    expect(parseArgs(['--compare', '--failure', 'local-pod', 'a.yaml'])).toMatchObject({ options: { failure: { kind: 'local-pod' } } });
  });

  test.each([
    [['--rate', '5', 'a.yaml'], '--rate needs --compare'],
    [['--compare', '--failure', 'zone', 'a.yaml'], '--failure: expected zone:<zone>, drain:<node> or local-pod, got "zone"'],
    [['--compare', '--price-per-gb', '-1', 'a.yaml'], '--price-per-gb: expected a number of at least 0, got "-1"'],
    [['--compare', '--rate', 'lots', 'a.yaml'], '--rate: expected a number of at least 0, got "lots"'],
    [['--compare', '--each', 'a.yaml'], '--compare compares one cluster: it cannot be combined with --each, --rules or --export-lab'],
  ])('%j is a usage error', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage-error', message });
  });
});

describe('route --compare on the seed demo', { timeout: 60_000 }, () => {
  test('the table: one row per choice, the written spec starred, figures and estimate per row', async () => {
    const result = await runCli(['--compare', ...SEED_DEMO]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^Service default\/echo-svc port 80\/TCP, Kubernetes 1\.36, 1 client \(client\)$/m);
    expect(out).toMatch(/^\* unset\s+50%\s+0%\s+50%\s+0%\s+echo-\S+ 50%\s+×1\.00\s+0\s+1,445\.4 GB\s+\$28\.91\s+0\.525 ms$/m);
    for (const label of ['PreferSameZone', 'PreferSameNode', 'topology-mode: Auto', 'internalTrafficPolicy: Local']) {
      expect(out).toMatch(
        new RegExp(`^  ${label}\\s+100%\\s+0%\\s+0%\\s+0%\\s+echo-\\S+ 100%\\s+×2\\.00\\s+1\\s+0 GB\\s+\\$0\\.00\\s+0\\.05 ms$`, 'm'),
      );
    }
    expect(out).toMatch(/^ {2}client\s+50%\/0%\/50%\s+100%\/0%\/0%/m);
    expect(out).toContain('0.02 USD per GB crossing zones: assumed from AWS');
    // Deterministic: the same input prints the same bytes.
    expect((await runCli(['--compare', ...SEED_DEMO])).stdout).toBe(out);
  });

  test('--failure zone:zone-b: the second table is the cluster right after the outage; --rate scales the estimate', async () => {
    const result = await runCli(['--compare', '--failure', 'zone:zone-b', '--rate', '10', ...SEED_DEMO]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Under failure: zone zone-b outage: its nodes NotReady (right after it, before replacement pods are Ready)',
    );
    expect(result.stdout).toContain('  | Node mnode-m03 status is now: NodeNotReady');
    const after = result.stdout.slice(result.stdout.indexOf('Under failure'));
    expect(after).toMatch(/^\* unset\s+100%\s+0%\s+0%\s+0%\s+echo-\S+ 100%\s+×1\.00\s+0\s+0 GB/m);
    // 10 req/s: a tenth of the default's 1,445.4 GB before the failure.
    expect(result.stdout).toMatch(/^\* unset\s+50%.*144\.5 GB\s+\$2\.89/m);
    expect(result.stdout).toContain('10 requests/s per client: given');
  });

  test('--format json: the comparison as data, with the assumptions', async () => {
    const result = await runCli(['--compare', '--format', 'json', '--failure', 'local-pod', ...SEED_DEMO]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as PolicyComparison & { assumptions: Record<string, string> };
    expect(json.service).toBe('default/echo-svc');
    expect(json.columns.map((c) => c.choice.id)).toEqual(['unset', 'prefer-same-zone', 'prefer-same-node', 'topology-auto', 'local']);
    const unset = json.columns[0]!;
    expect(unset.figures.overall).toEqual({ sameNode: 0.5, sameZone: 0, crossZone: 0.5, unknownZone: 0, dropped: 0, rejected: 0 });
    expect(unset.estimate.crossZoneGbPerMonth).toBeCloseTo(1445.4, 6);
    expect(unset.underFailure?.figures.overall.crossZone).toBe(1);
    expect(json.columns[4]!.underFailure?.figures.overall.sameNode).toBe(1);
    expect(json.failure?.label).toMatch(/^kubectl delete pod echo-/);
    expect(json.estimateInputs.pricePerGb).toBe(0.02);
    expect(json.assumptions.pricePerGb).toMatch(/AWS/);
  });

  test('an unknown Service is an input error, said without a stack trace', async () => {
    const result = await runCli(['--compare', '--service', 'nope', ...SEED_DEMO]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('route: --compare: services "default/nope" not found\n');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('route --compare --ip-family on a dual-stack Service', { timeout: 60_000 }, () => {
  const DUAL = 'test/fixtures/dual-stack/kind-dual-cluster.yaml';

  test('parses IPv4 or IPv6 only, and only with --compare', () => {
    expect(parseArgs(['--compare', '--ip-family', 'IPv6', 'a.yaml'])).toMatchObject({ options: { ipFamily: 'IPv6' } });
    expect(parseArgs(['--compare', '--ip-family=ipv6', 'a.yaml'])).toEqual({
      kind: 'usage-error',
      message: '--ip-family: expected IPv4 or IPv6, got "ipv6"',
    });
    expect(parseArgs(['--ip-family', 'IPv6', 'a.yaml'])).toEqual({ kind: 'usage-error', message: '--ip-family needs --compare' });
  });

  test('compares the IPv6 proxier: its clients only, the family in the heading and the JSON', async () => {
    const v4 = await runCli(['--compare', '--service', 'web', DUAL]);
    expect(v4.status).toBe(0);
    expect(v4.stdout).toMatch(/^Service default\/web port 80\/TCP \(IPv4\), Kubernetes 1\.36, 2 clients \(client, legacy\)$/m);
    const v6 = await runCli(['--compare', '--service', 'web', '--ip-family', 'IPv6', DUAL]);
    expect(v6.status).toBe(0);
    expect(v6.stdout).toMatch(/^Service default\/web port 80\/TCP \(IPv6\), Kubernetes 1\.36, 1 client \(client\)$/m);
    const json = JSON.parse(
      (await runCli(['--compare', '--service', 'web', '--ip-family', 'IPv6', '--format', 'json', DUAL])).stdout,
    ) as PolicyComparison;
    expect(json.ipFamily).toBe('IPv6');
    expect(json.clients).toEqual(['default/client']);
  });

  test('a family the Service does not have is an input error', async () => {
    const result = await runCli(['--compare', '--ip-family', 'IPv6', ...SEED_DEMO]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('route: --compare: default/echo-svc is single-stack (IPv4): it has no IPv6 routes to compare\n');
  });
});
