/**
 * A workspace large enough for the analysis Web Worker: the report crosses to the page in its
 * wire form (zone classes as their zone), and the node inspector finds each node's views in it;
 * while a larger one is analysed, the busy indicator says which stage the worker is at.
 */
import { expect, test } from 'vitest';
import { syntheticCluster } from '../bench/syntheticCluster';
import { openPage } from './harness';
import { CLIENT, control, openTerminal, runTerminalLine, screenshotPath } from './pageHelpers';

const node = (name: string, zone?: string) =>
  `apiVersion: v1\nkind: Node\nmetadata:\n  name: ${name}\n  labels:\n    kubernetes.io/hostname: ${name}${zone ? `\n    topology.kubernetes.io/zone: ${zone}` : ''}`;

/** The seed demo's three nodes and 800 more: over the worker's 100,000-character threshold. */
function bigCluster(): string {
  const docs = [node('mnode'), node('mnode-m02', 'zone-a'), node('mnode-m03', 'zone-b')];
  for (let i = 0; i < 800; i++) docs.push(node(`bench-${i}`, `zone-${'abc'[i % 3]}`));
  return docs.join('\n---\n');
}

test('a workspace analysed in the worker: the node inspector shows each node’s kube-proxy view', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await page.locator(CLIENT).waitFor({ timeout: 20_000 });
    const text = bigCluster();
    expect(text.length).toBeGreaterThan(100_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('file-tab-cluster.yaml').click();
    await page.locator('[data-testid=editor] .view-lines').click();
    // Ctrl+A before the editor has the focus would select the page, and the paste would go nowhere.
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid=editor]'))).toBe(true);
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    // A large cluster opens zoomed out, its zones drawn as node classes.
    await page.locator('[data-testid^="class-zone:zone-c#"]').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.locator(control('internalTrafficPolicy')).selectOption('Local');

    // Found by name: the node is brought into view and selected.
    const inspect = async (name: string) => {
      const search = page.getByTestId('canvas-search-input');
      await search.fill(name);
      await search.press('Enter');
      const heading = page.getByTestId('inspector').getByText(`kube-proxy on ${name}`);
      await heading.waitFor({ timeout: 20_000 });
      return page.getByTestId('inspector').locator('.kt-view summary').allTextContents();
    };
    // A node without an echo pod (a zone class, its members left to the page to list): Local drops.
    await expect.poll(() => inspect('bench-5'), { timeout: 20_000 }).toEqual(['default/echo-svc:80 (internal) — drop']);
    // A node with an echo pod (a class of its own): its local endpoint.
    await openTerminal(page);
    const echoNode = (await runTerminalLine(page, 'kubectl get pods -l app=echo -o wide')).split('\n')[1]!.trim().split(/\s+/)[6]!;
    expect(echoNode).toMatch(/^(mnode|bench-)/);
    expect(await inspect(echoNode)).toEqual(['default/echo-svc:80 (internal) — 1 endpoint(s)']);
    await page.screenshot({ path: screenshotPath('large-workspace') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);

/** 500 nodes, 12,000 pods and 400 Services, one JSON document each between `---` lines. */
function manyDocuments(): string {
  const objects = syntheticCluster({ name: 'docs', nodes: 500, pods: 12_000, services: 400, zones: 3, clients: 3, namespaces: 4 });
  return objects.map((o) => JSON.stringify(o)).join('\n---\n');
}

/** What the busy indicator says, each text once, from before the file is opened until the analysis ends. */
const RECORD_STAGES = `window.__stages = [];
new MutationObserver(() => {
  const text = document.querySelector('[data-testid=busy-stage]')?.textContent;
  if (text && window.__stages.at(-1) !== text) window.__stages.push(text);
}).observe(document.body, { subtree: true, childList: true, characterData: true });`;

test('while a large workspace is analysed, the busy indicator says the stage in Kubernetes’ words', async () => {
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.locator(CLIENT).waitFor({ timeout: 20_000 });
    await page.evaluate(RECORD_STAGES);
    await page.setInputFiles('[data-testid=open-files-input]', {
      name: 'many-documents.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(manyDocuments()),
    });
    await page.getByTestId('busy-indicator').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('busy-live').getAttribute('aria-live')).toBe('polite');
    // The analysis ends: its picture, zones as node classes.
    await page.locator('[data-testid^="class-zone:zone-c#"]').first().waitFor({ state: 'attached', timeout: 120_000 });
    await page.getByTestId('busy-indicator').waitFor({ state: 'detached', timeout: 60_000 });
    const stages = await page.evaluate<string[]>('window.__stages');
    const STAGE =
      /^(Parsing [\d,]+ of [\d,]+ documents|API server: decoding and validating [\d,]+ of [\d,]+ objects|Scheduler: placing pods on nodes|EndpointSlice controller and kube-proxy views: [\d,]+ of [\d,]+ Services|Client routes: [\d,]+ of [\d,]+ Service ports|Handing the report to the page)…$/;
    expect(
      stages.filter((text) => STAGE.test(text)),
      stages.join(' | '),
    ).not.toEqual([]);
    // The documents counted are the workspace's: the opened file's and the seed demo's.
    for (const text of stages.filter((t) => t.startsWith('Parsing '))) expect(text).toMatch(/ of 1[23],\d{3} documents…$/);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
}, 240_000);
