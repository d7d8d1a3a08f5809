/**
 * A workspace large enough for the analysis Web Worker: the report crosses to the page in its
 * wire form (zone classes as their zone), and the node inspector finds each node's views in it.
 */
import { expect, test } from 'vitest';
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
