/** `route --kube-proxy-version`: version skew on the command line. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parseArgs';
import { runRoute, type RouteIO } from '../../src/cli/runRoute';
import { SEED_DEMO, repoRoot } from './runCli';

function io(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  const routeIO: RouteIO = {
    readFile: (path) => {
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return files[path]!;
    },
    readStdin: async () => '',
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    writeFile: () => {
      throw new Error('this test writes no file');
    },
  };
  return { routeIO, out };
}

describe('--kube-proxy-version', () => {
  it('parses like --k8s and is checked against the control-plane version', () => {
    const ok = parseArgs(['--k8s', '1.34', '--kube-proxy-version', 'v1.33.2', 'a.yaml']);
    expect(ok).toMatchObject({ kind: 'run', options: { kubernetesVersion: '1.34', kubeProxyVersion: '1.33' } });
    expect(parseArgs(['--kube-proxy-version=1.29', 'a.yaml'])).toMatchObject({
      kind: 'usage-error',
      message: /unsupported Kubernetes version "1.29"/,
    });
    expect(parseArgs(['--k8s', '1.33', '--kube-proxy-version', '1.34', 'a.yaml'])).toMatchObject({
      kind: 'usage-error',
      message: /must not be newer than kube-apiserver/,
    });
    // The default control plane is 1.36: 1.32 is four minors older.
    expect(parseArgs(['--kube-proxy-version', '1.32', 'a.yaml'])).toMatchObject({ kind: 'usage-error', message: /at most 3/ });
  });

  it('prints the kube-proxy version and the skew in the reasons', async () => {
    const files = Object.fromEntries(
      SEED_DEMO.map((f) => {
        let text = readFileSync(join(repoRoot, f), 'utf8');
        if (f.endsWith('echo-service.yaml')) text = text.replace(/^spec:\n/m, 'spec:\n  trafficDistribution: PreferSameNode\n');
        return [f, text];
      }),
    );
    const { routeIO, out } = io(files);
    const status = await runRoute(['--k8s', '1.34', '--kube-proxy-version', '1.33', ...SEED_DEMO], routeIO);
    expect(out.stderr).toBe('');
    expect(status).toBe(0);
    expect(out.stdout).toMatch(/Kubernetes 1\.34, kube-proxy 1\.33 mode iptables/);
    expect(out.stdout).toMatch(/kube-proxy v1\.33 ignores node hints/);
    const usage = io(files);
    expect(await runRoute(['--help'], usage.routeIO)).toBe(0);
    expect(usage.out.stdout).toContain('--kube-proxy-version');
  });
});
