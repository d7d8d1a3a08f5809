/** `route --export-lab kind|minikube DIR files`: the lab written to a folder. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs';
import { runCli, SEED_DEMO } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'ktp-lab-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('route --export-lab', { timeout: 60_000 }, () => {
  it('writes the seed demo’s minikube lab, scripts executable', async () => {
    const out = join(dir, 'minikube');
    const result = await runCli(['--k8s', '1.34', '--export-lab', 'minikube', out, ...SEED_DEMO]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Wrote a minikube lab to ${out}/: README.md, setup.sh, hit.sh, steps.sh, expected.txt, manifests/`);
    expect(readFileSync(join(out, 'setup.sh'), 'utf8')).toContain('minikube start -p mnode --nodes 3 --kubernetes-version v1.34.0');
    expect(statSync(join(out, 'setup.sh')).mode & 0o111).not.toBe(0);
    expect(statSync(join(out, 'expected.txt')).mode & 0o111).toBe(0);
    expect(readFileSync(join(out, 'manifests', 'echo-service.yaml'), 'utf8')).toContain('name: echo-svc');
  });

  it('refuses a broken workspace with its located errors, exit 1, and writes nothing', async () => {
    const out = join(dir, 'broken');
    const result = await runCli(
      ['--export-lab', 'kind', out, '-'],
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n  - port: 99999\n',
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/<stdin>:7:\d+: error: .*99999/);
    expect(result.stderr).toContain('route: The workspace has errors');
    expect(() => statSync(out)).toThrow();
  });

  it('checks its arguments', () => {
    expect(parseArgs(['--export-lab', 'k3d', 'dir', 'a.yaml'])).toEqual({
      kind: 'usage-error',
      message: '--export-lab: expected kind or minikube, got "k3d"',
    });
    expect(parseArgs(['--export-lab', 'kind'])).toEqual({ kind: 'usage-error', message: '--export-lab needs a directory after the tool' });
    expect(parseArgs(['--export-lab', 'kind', 'out', '--format', 'json', 'a.yaml'])).toMatchObject({ kind: 'usage-error' });
    expect(parseArgs(['--export-lab=kind', 'out', 'a.yaml'])).toMatchObject({
      kind: 'run',
      options: { labTool: 'kind', labDir: 'out', files: ['a.yaml'] },
    });
  });
});
