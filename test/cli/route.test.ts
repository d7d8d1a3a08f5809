import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { JsonReport } from '../../src/format/jsonReport';
import { SEED_DEMO, repoRoot, runCli, spawnCli } from './runCli';

const STACK_LINE = /^\s+at .+[:(]/m;
const work = mkdtempSync(join(tmpdir(), 'ktp-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The seed demo with `trafficDistribution` set on echo-svc, written to a temporary copy. */
function demoWithTrafficDistribution(value: string): string[] {
  const dir = mkdtempSync(join(work, 'demo-'));
  return SEED_DEMO.map((file) => {
    let text = readFileSync(join(repoRoot, file), 'utf8');
    if (file.endsWith('echo-service.yaml')) text = text.replace(/^spec:\n/m, `spec:\n  trafficDistribution: ${value}\n`);
    const copy = join(dir, file.split('/').pop()!);
    writeFileSync(copy, text);
    return copy;
  });
}

function clientRoute(json: JsonReport) {
  const route = json.routes.find((r) => r.from === 'default/client' && r.service === 'default/echo-svc');
  expect(route, 'a route from default/client to echo-svc').toBeDefined();
  return route!;
}

describe('route CLI on the seed demo', { timeout: 60_000 }, () => {
  test('default: the client on mnode-m02 reaches both echo pods about 50/50 (table, the real process)', async () => {
    const result = await spawnCli(SEED_DEMO);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.status).toBe(0);
    const row = result.stdout.split('\n').find((line) => line.startsWith('default/client'));
    expect(row).toMatch(/mnode-m02\s+default\/echo-svc\s+80\/TCP\s+internal\s+forward\s/);
    expect(row).toMatch(/echo-[a-z0-9-]+@mnode-m02 50%/);
    expect(row).toMatch(/echo-[a-z0-9-]+@mnode-m03 50%/);
    // One row per node for the Service's port.
    for (const node of ['mnode', 'mnode-m02', 'mnode-m03']) {
      expect(result.stdout).toMatch(new RegExp(`^${node}\\s+\\S+\\s+default/echo-svc\\s+80/TCP\\s+internal\\s`, 'm'));
    }
  });

  test('default: the JSON report has views per node and the client route split evenly', async () => {
    const result = await runCli(['--format', 'json', ...SEED_DEMO]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as JsonReport;
    expect(json.kubernetesVersion).toBe('1.36');
    expect(json).not.toHaveProperty('serviceViews');
    expect(json.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(
      json.views
        .filter((v) => v.service === 'default/echo-svc')
        .map((v) => v.node)
        .sort(),
    ).toEqual(['mnode', 'mnode-m02', 'mnode-m03']);
    for (const view of json.views) expect(view.trace.length).toBeGreaterThan(0);
    expect(json.endpointSlices.flatMap((s) => s.endpoints.map((e) => e.nodeName)).sort()).toEqual(['mnode-m02', 'mnode-m03']);

    const route = clientRoute(json);
    expect(route.node).toBe('mnode-m02');
    expect(route.verdict).toBe('forward');
    expect(route.endpoints.map((e) => [e.node, e.weight]).sort()).toEqual([
      ['mnode-m02', 0.5],
      ['mnode-m03', 0.5],
    ]);
  });

  test('--requests counts hits per pod@node, uniq -c style, reproducibly for a seed', async () => {
    const args = ['--requests', '20', '--seed', '4', ...SEED_DEMO];
    const [first, again] = await Promise.all([runCli(args), runCli(args)]);
    expect(first.status).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    const section = first.stdout.slice(first.stdout.indexOf('Requests from default/client to default/echo-svc:80/TCP:'));
    const counts = [...section.matchAll(/^ {0,6}(\d+) (echo-\S+@mnode-m0[23])$/gm)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(2);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(20);
  });

  test('PreferSameNode: everything goes to the echo pod on mnode-m02', async () => {
    const files = demoWithTrafficDistribution('PreferSameNode');
    const result = await runCli(['--format', 'json', '--requests', '40', ...files]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const route = clientRoute(JSON.parse(result.stdout) as JsonReport);
    expect(route.endpoints.filter((e) => e.weight > 0).map((e) => [e.node, e.weight])).toEqual([['mnode-m02', 1]]);
    const pod = route.endpoints.find((e) => e.node === 'mnode-m02')!.pod;
    expect(route.requests).toMatchObject({ [pod]: 40 });
  });

  test('PreferSameNode before 1.33: --k8s 1.32 refuses the field with a located error, exit 1', async () => {
    const files = demoWithTrafficDistribution('PreferSameNode');
    const result = await runCli(['--format', 'json', '--k8s', '1.32', ...files]);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout) as JsonReport;
    expect(json.kubernetesVersion).toBe('1.32');
    const error = json.diagnostics.find((d) => d.severity === 'error');
    expect(error).toMatchObject({ file: files[2], line: 6 });
    expect(error!.message).toMatch(/spec\.trafficDistribution: Unsupported value: "PreferSameNode"/);
  });

  test('- reads a file from standard input as part of the same cluster (the real process)', async () => {
    const [service, ...rest] = [SEED_DEMO[2]!, SEED_DEMO[0]!, SEED_DEMO[1]!, SEED_DEMO[3]!];
    const result = await spawnCli(['--format', 'json', ...rest, '-'], readFileSync(join(repoRoot, service), 'utf8'));
    expect(result.status).toBe(0);
    expect(clientRoute(JSON.parse(result.stdout) as JsonReport).endpoints).toHaveLength(2);
  });

  test('--each prints one JSON report per file, in argument order', async () => {
    const whole = join(work, 'whole.yaml');
    writeFileSync(whole, SEED_DEMO.map((f) => readFileSync(join(repoRoot, f), 'utf8')).join('\n---\n'));
    const result = await runCli(['--each', '--format', 'json', SEED_DEMO[0]!, whole]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [nodesOnly, full] = lines.map((l) => JSON.parse(l) as JsonReport);
    expect(nodesOnly!.routes).toEqual([]);
    expect(nodesOnly!.nodes.map((n) => n.name)).toEqual(['mnode', 'mnode-m02', 'mnode-m03']);
    expect(clientRoute(full!).endpoints).toHaveLength(2);
  });
});

describe('route CLI on bad input', { timeout: 60_000 }, () => {
  test('a broken file exits 1 with a located diagnostic and still prints the report', async () => {
    const broken = join(work, 'broken.yaml');
    writeFileSync(
      broken,
      [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: web',
        'spec:',
        '  selector: {app: web',
        '  ports:',
        '    - port: 80',
        '',
      ].join('\n'),
    );
    const result = await spawnCli([broken]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stdout).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: .+`, 'm'));
    expect(result.stdout).toContain('Kubernetes 1.36');
  });

  test('an out-of-range port is an error at its line', async () => {
    const bad = join(work, 'bad-port.yaml');
    writeFileSync(
      bad,
      [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: web',
        'spec:',
        '  selector:',
        '    app: web',
        '  ports:',
        '    - port: 70000',
        '',
      ].join('\n'),
    );
    const result = await runCli(['--format', 'json', bad]);
    expect(result.status).toBe(1);
    const json = JSON.parse(result.stdout) as JsonReport;
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ file: bad, line: 9, severity: 'error' }));
  });

  test('bad usage exits 2 with a clear message and no stack trace', async () => {
    const result = await spawnCli(['--format', 'yaml', SEED_DEMO[0]!]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^route: --format: expected table or json, got "yaml"/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  test('a missing file exits 2 naming the file', async () => {
    const result = await spawnCli(['no-such-file.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('route: cannot read no-such-file.yaml: no such file\n');
  });

  test('--help prints usage and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run --silent route -- \[options\]/);
    expect(result.stdout).toContain('--feature-gates');
  });
});
