import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/scenarios/seedDemo';
import { createPlaygroundStore, installPlaygroundStore, useStore } from '../../src/state';
import { fileNameProblem } from '../../src/state/workspaceSlice';
import { editServiceSpec } from '../../src/workspace/workspaceEdits';

async function readyStore() {
  const store = createPlaygroundStore();
  await store.getState().whenAnalysed();
  return store;
}

function clientRoute(store: Awaited<ReturnType<typeof readyStore>>) {
  return store
    .getState()
    .report!.routes.find((r) => r.from === 'default/client' && r.service === 'default/echo-svc' && r.traffic === 'internal');
}

describe('createPlaygroundStore and useStore', () => {
  it('makes stores that share nothing; useStore reads and writes the one installed', () => {
    const first = createPlaygroundStore();
    const second = createPlaygroundStore();
    installPlaygroundStore(first);
    useStore.setState({ kubernetesVersion: '1.31' });
    expect(first.getState().kubernetesVersion).toBe('1.31');
    expect(second.getState().kubernetesVersion).not.toBe('1.31');

    installPlaygroundStore(second);
    expect(useStore.getState()).toBe(second.getState());
    const seen: string[] = [];
    const stop = useStore.subscribe((state) => seen.push(state.kubernetesVersion));
    second.setState({ kubernetesVersion: '1.32' });
    first.setState({ kubernetesVersion: '1.33' });
    stop();
    expect(seen).toEqual(['1.32']);
  });
});

describe('analysis slice', () => {
  it('opens on the seed demo with the client reaching both echo pods', async () => {
    const store = await readyStore();
    const { report, stale, files } = store.getState();
    expect(files.map((f) => f.name)).toEqual(['cluster.yaml', 'echo-pod.yaml', 'echo-service.yaml', 'client.yaml']);
    expect(report).not.toBeNull();
    expect(stale).toBe(false);
    const nodes = clientRoute(store)!
      .endpoints.map((e) => e.node)
      .sort();
    expect(nodes).toEqual(['mnode-m02', 'mnode-m03']);
  });

  it('a toolbar edit to PreferSameNode leaves one route to the pod on mnode-m02', async () => {
    const store = await readyStore();
    const change = editServiceSpec(store.getState().files, 'default/echo-svc', 'trafficDistribution', 'PreferSameNode')!;
    store.getState().applyFileChange(change);
    await store.getState().whenAnalysed();
    const route = clientRoute(store)!;
    expect(route.endpoints.filter((e) => e.weight > 0).map((e) => [e.node, e.weight])).toEqual([['mnode-m02', 1]]);
  });

  it('keeps the last good report, marked stale, while the text has errors', async () => {
    const store = await readyStore();
    const good = store.getState().report;
    const text = seedDemo.files.find((f) => f.name === 'echo-service.yaml')!.text + '  trafficDistribution: Bogus\n';
    store.getState().setFileText('echo-service.yaml', text);
    await store.getState().whenAnalysed();
    const state = store.getState();
    expect(state.stale).toBe(true);
    expect(state.report).toBe(good);
    const error = state.diagnostics.find((d) => d.severity === 'error')!;
    expect(error.file).toBe('echo-service.yaml');
    expect(error.line).toBe(text.split('\n').indexOf('  trafficDistribution: Bogus') + 1);
    expect(error.message).toContain('Bogus');

    store.getState().setFileText('echo-service.yaml', text.replace('Bogus', 'PreferClose'));
    await store.getState().whenAnalysed();
    expect(store.getState().stale).toBe(false);
    expect(store.getState().report).not.toBe(good);
  });

  it('opened with errors and no valid picture yet, draws what parses, marked partial, until the text is valid', async () => {
    const store = createPlaygroundStore();
    const valid = seedDemo.files.find((f) => f.name === 'echo-service.yaml')!.text;
    // The first analysis already sees the broken file (a saved workspace or a link with errors).
    store.getState().setFileText('echo-service.yaml', valid.replace('kind: Service', 'kind: Service\n  broken: [unclosed'));
    await store.getState().whenAnalysed();
    let state = store.getState();
    expect(state.diagnostics.some((d) => d.severity === 'error' && d.file === 'echo-service.yaml')).toBe(true);
    expect(state.partial).toBe(true);
    expect(state.stale).toBe(false);
    expect(state.report!.nodes.map((n) => n.name)).toContain('mnode-m02');
    expect(state.report!.services.map((s) => s.name)).not.toContain('echo-svc');

    // Still broken, another way: the newer partial report replaces the older one.
    const first = state.report;
    store.getState().setFileText('echo-service.yaml', valid + '  trafficDistribution: Bogus\n');
    await store.getState().whenAnalysed();
    state = store.getState();
    expect(state.partial).toBe(true);
    expect(state.report).not.toBe(first);

    store.getState().setFileText('echo-service.yaml', valid);
    await store.getState().whenAnalysed();
    state = store.getState();
    expect(state.partial).toBe(false);
    expect(state.stale).toBe(false);
    expect(clientRoute(store)).toBeDefined();

    // From now on a broken edit keeps this valid picture, marked stale.
    const good = state.report;
    store.getState().setFileText('echo-service.yaml', valid + '  trafficDistribution: Bogus\n');
    await store.getState().whenAnalysed();
    expect(store.getState().report).toBe(good);
    expect(store.getState().stale).toBe(true);
    expect(store.getState().partial).toBe(false);
  });

  it('a workspace loaded with errors replaces the picture of the files before it, marked partial', async () => {
    const store = await readyStore();
    const demo = store.getState().report;
    const files = seedDemo.files.map((f) =>
      f.name === 'echo-service.yaml' ? { ...f, text: f.text.replace('kind: Service', 'kind: Service\n  broken: [unclosed') } : f,
    );
    store.getState().loadExample({ ...seedDemo, files });
    await store.getState().whenAnalysed();
    const state = store.getState();
    expect(state.report).not.toBe(demo);
    expect(state.partial).toBe(true);
    expect(state.stale).toBe(false);
    expect(state.report!.services.map((s) => s.name)).not.toContain('echo-svc');
  });

  it('re-analyses when the Kubernetes version changes', async () => {
    const store = await readyStore();
    store.getState().setKubernetesVersion('1.31');
    await store.getState().whenAnalysed();
    expect(store.getState().report!.kubernetesVersion).toBe('1.31');
  });

  it('coalesces the edits of one tick into one analysis', async () => {
    const store = await readyStore();
    const before = store.getState().report;
    let reports = 0;
    const unsubscribe = store.subscribe((s, p) => void (s.report !== p.report && reports++));
    store.getState().setFileText('client.yaml', store.getState().files[3]!.text + '# one\n');
    store.getState().setFileText('client.yaml', store.getState().files[3]!.text + '# two\n');
    await store.getState().whenAnalysed();
    unsubscribe();
    expect(reports).toBe(1);
    expect(store.getState().report).not.toBe(before);
  });
});

describe('workspace slice', () => {
  it('adds files with unique names and opens them', async () => {
    const store = await readyStore();
    const a = store.getState().addFile();
    const b = store.getState().addFile();
    expect([a, b]).toEqual(['untitled.yaml', 'untitled-2.yaml']);
    expect(store.getState().activeFile).toBe(b);
  });

  it('renames a file, refusing duplicates and empty names', async () => {
    const store = await readyStore();
    expect(store.getState().renameFile('client.yaml', 'cluster.yaml')).toMatch(/already exists/);
    expect(store.getState().renameFile('client.yaml', '  ')).toMatch(/required/);
    store.getState().setActiveFile('client.yaml');
    expect(store.getState().renameFile('client.yaml', 'curl.yaml')).toBeNull();
    expect(store.getState().activeFile).toBe('curl.yaml');
    await store.getState().whenAnalysed();
    expect(store.getState().report!.pods.some((p) => p.key === 'default/client')).toBe(true);
  });

  it('deleting the client file removes its routes; deleting the active file opens its neighbour', async () => {
    const store = await readyStore();
    store.getState().setActiveFile('client.yaml');
    store.getState().deleteFile('client.yaml');
    expect(store.getState().activeFile).toBe('echo-service.yaml');
    await store.getState().whenAnalysed();
    expect(store.getState().report!.routes.filter((r) => r.from === 'default/client')).toEqual([]);
  });

  it('applyFileChange creates a file that does not exist yet', async () => {
    const store = await readyStore();
    store.getState().applyFileChange({
      file: 'kube-proxy.yaml',
      text: 'kind: KubeProxyConfiguration\napiVersion: kubeproxy.config.k8s.io/v1alpha1\nmode: ipvs\n',
      created: true,
    });
    await store.getState().whenAnalysed();
    expect(store.getState().files.map((f) => f.name)).toContain('kube-proxy.yaml');
    expect(store.getState().report!.proxyMode).toBe('ipvs');
  });

  it('loadExample restores the demo files', async () => {
    const store = await readyStore();
    store.getState().deleteFile('cluster.yaml');
    store.getState().loadExample(seedDemo);
    expect(store.getState().files).toEqual(seedDemo.files);
    expect(store.getState().selectedService).toBe('default/echo-svc');
  });

  it('fileNameProblem rejects slashes', () => {
    expect(fileNameProblem('a/b.yaml', [])).toMatch(/slashes/);
    expect(fileNameProblem('ok.yaml', [])).toBeNull();
  });
});

describe('selection, view and requests slices', () => {
  it('selecting a Service points the toolbar at it', async () => {
    const store = await readyStore();
    store.getState().select({ kind: 'service', id: 'default/echo-svc' });
    expect(store.getState().selectedService).toBe('default/echo-svc');
    store.getState().select({ kind: 'pod', id: 'default/client' });
    expect(store.getState().selection).toEqual({ kind: 'pod', id: 'default/client' });
    expect(store.getState().selectedService).toBe('default/echo-svc');
  });

  it('sendRequests counts every request against the endpoints of the route', async () => {
    const store = await readyStore();
    store.getState().sendRequests('default/client', 'default/echo-svc', 80, 40);
    const run = store.getState().requestRun!;
    expect(run).toMatchObject({ from: 'default/client', service: 'default/echo-svc', port: 80, count: 40 });
    expect(Object.values(run.counts).reduce((a, b) => a + b, 0)).toBe(40);
    const reachable = new Set(clientRoute(store)!.endpoints.map((e) => e.pod));
    for (const pod of Object.keys(run.counts)) expect(reachable.has(pod)).toBe(true);
  });

  it('sendRequests ignores a client without a route', async () => {
    const store = await readyStore();
    store.getState().sendRequests('default/nobody', 'default/echo-svc', 80, 10);
    expect(store.getState().requestRun).toBeNull();
  });

  it('animation pause and theme are plain settings', async () => {
    const store = await readyStore();
    store.getState().setAnimationPaused(true);
    store.getState().setTheme('dark');
    expect(store.getState()).toMatchObject({ animationPaused: true, theme: 'dark' });
  });
});
