/**
 * The YAML workspace and the toolbar against the built site: controls write YAML, typing
 * moves the picture, errors keep the last picture, and everything is reachable by keyboard.
 * The tests share one page: the keyboard test runs first, on the page as it opens; each test
 * after it starts from the demo again through the Workspace menu's Reset.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { seedDemo } from '../../src/scenarios/seedDemo';
import { encodeShareFragment } from '../../src/io/share/shareState';
import { foreignRequests, openPage } from './harness';
import { pageForFile } from './pageForFile';
import { CLIENT_ROUTES, control, screenshotPath, waitForClientRoute, waitForEditor } from './pageHelpers';

async function waitForPlayground(page: Page) {
  await waitForClientRoute(page);
  await waitForEditor(page);
}

const shared = pageForFile({}, waitForPlayground);

/** The text Monaco shows for the open file (the demo files fit on screen). */
async function editorText(page: Page): Promise<string> {
  const lines = await page.locator('[data-testid="editor"] .view-line').evaluateAll((els) =>
    els
      .map((el) => ({ top: parseFloat((el as HTMLElement).style.top), text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
  return lines.join('\n');
}

async function typeAtEnd(page: Page, text: string) {
  await page.locator('[data-testid="editor"] .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 20 });
}

/** data-testid of the echo pod drawn inside the mnode-m02 box. */
async function echoPodOn(page: Page, node: string): Promise<string> {
  const box = (await page.getByTestId(`node-${node}`).boundingBox())!;
  const pods = page.locator('[data-testid^="pod-default/echo-"]');
  for (let i = 0; i < (await pods.count()); i++) {
    const pod = (await pods.nth(i).boundingBox())!;
    const inside = pod.x >= box.x && pod.y >= box.y && pod.x + pod.width <= box.x + box.width && pod.y + pod.height <= box.y + box.height;
    if (inside) return (await pods.nth(i).getAttribute('data-testid'))!;
  }
  throw new Error(`no echo pod inside ${node}`);
}

test('keyboard only: Tab reaches every toolbar control and a control changes the YAML', async () => {
  const { page, consoleErrors } = shared.opened;
  const reached = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    if (id) reached.add(id);
    if (reached.has('file-tab-echo-service.yaml')) break;
  }
  for (const id of ['trafficDistribution', 'internalTrafficPolicy', 'type', 'sessionAffinity', 'proxyMode', 'version']) {
    expect(reached, `control-${id}`).toContain(`control-${id}`);
  }
  expect(reached).toContain('file-tab-echo-service.yaml');

  // Every focusable control shows a visible focus ring.
  await page.focus(control('version'));
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');

  // Alt+B jumps to the toolbar; arrow keys change a focused select.
  await page.keyboard.press('Alt+KeyB');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('control-trafficDistribution');
  await page.focus(control('type'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.locator(control('type')).inputValue()).toBe('NodePort');
  await page.getByTestId('file-tab-echo-service.yaml').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => editorText(page)).toContain('  type: NodePort');
  expect(consoleErrors).toEqual([]);
});

test('PreferSameNode in the toolbar writes the YAML and leaves one 100% route to the pod on mnode-m02; Ctrl+Z undoes it', async () => {
  const { page, consoleErrors, requests } = await shared.demo();
  await page.getByTestId('file-tab-echo-service.yaml').click();
  expect(await page.locator(CLIENT_ROUTES).count()).toBe(2);

  await page.selectOption(control('trafficDistribution'), 'PreferSameNode');
  await expect.poll(() => editorText(page)).toContain('  trafficDistribution: PreferSameNode');
  await expect.poll(() => page.locator(CLIENT_ROUTES).count()).toBe(1);
  const pod = (await echoPodOn(page, 'mnode-m02')).slice('pod-'.length);
  const route = page.locator(CLIENT_ROUTES);
  expect(await route.getAttribute('data-testid')).toBe(`route-default/client->${pod}`);
  expect((await route.locator('.kt-route__label').textContent())?.trim()).toBe('100%');
  await page.screenshot({ path: screenshotPath('workspace-prefersamenode') });

  // The edit went through the editor's undo stack.
  await page.locator('[data-testid="editor"] .view-lines').click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.locator(control('trafficDistribution')).inputValue()).toBe('');
  await expect.poll(() => page.locator(CLIENT_ROUTES).count()).toBe(2);

  expect(foreignRequests(requests)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('typing YAML moves the controls: internalTrafficPolicy typed in the editor shows in the toolbar', async () => {
  const { page, consoleErrors } = await shared.demo();
  await page.getByTestId('file-tab-echo-service.yaml').click();
  await typeAtEnd(page, '  internalTrafficPolicy: Local');
  await expect.poll(() => page.locator(control('internalTrafficPolicy')).inputValue()).toBe('Local');
  expect(consoleErrors).toEqual([]);
});

test('an invalid value shows a marker and a problem, and the canvas keeps the last picture marked stale', async () => {
  const { page, consoleErrors } = await shared.demo();
  await page.getByTestId('file-tab-echo-service.yaml').click();
  expect(await page.getByTestId('stale-badge').count()).toBe(0);
  await typeAtEnd(page, '  trafficDistribution: Bogus');

  await page.getByTestId('stale-badge').waitFor();
  await page.locator('[data-testid="editor"] .squiggly-error').first().waitFor();
  const problems = page.getByTestId('problems');
  const problem = problems.locator('.problem--error', { hasText: 'Bogus' });
  expect(await problem.count()).toBe(1);
  expect(await problem.textContent()).toContain('echo-service.yaml:11:');
  // Last good picture: still both 50% routes.
  expect((await page.locator(`${CLIENT_ROUTES} .kt-route__label`).allTextContents()).map((t) => t.trim())).toEqual(['50%', '50%']);
  expect(await page.locator(control('trafficDistribution')).getAttribute('aria-invalid')).toBe('true');
  await page.screenshot({ path: screenshotPath('workspace-stale') });

  // Clicking the problem from another file opens the file at the line.
  await page.getByTestId('file-tab-client.yaml').click();
  await problem.click();
  await expect.poll(() => page.getByTestId('file-tab-echo-service.yaml').getAttribute('aria-selected')).toBe('true');

  // Fixing the value clears the badge.
  await page.keyboard.press('End');
  for (let i = 0; i < 'Bogus'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('PreferSameZone', { delay: 20 });
  await expect.poll(() => page.getByTestId('stale-badge').count()).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('a link that opens with errors draws what parses, marked partial, until the text is valid', async () => {
  const files = seedDemo.files.map((f) =>
    f.name === 'echo-service.yaml' ? { ...f, text: f.text.replace('kind: Service', 'kind: Service\n  broken: [unclosed') } : f,
  );
  const fragment = encodeShareFragment({ v: 1, files, kubernetesVersion: '1.34' });
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1280, height: 720 }, path: `#s=${fragment}` });
  try {
    // No valid picture to keep: the nodes and pods that parse are drawn, not "Analysing…" forever.
    await page.getByTestId('node-mnode-m02').waitFor({ timeout: 30_000 });
    const badge = page.getByTestId('stale-badge');
    await badge.waitFor();
    expect(await badge.getAttribute('data-reason')).toBe('partial');
    expect(await badge.textContent()).toMatch(/Partial: \d+ errors? in the YAML/);
    expect(await page.locator(CLIENT_ROUTES).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('workspace-partial') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('a file of 1 MiB or more opens in the large-file mode: edited, undone and analysed like any other; small files keep the schema’s features', async () => {
  const { page, consoleErrors } = await shared.demo();
  // 1.2 MiB, mostly comments: large for the editor, quick for the engine.
  const padding = Array.from({ length: 50_000 }, (_, i) => `# line ${String(i).padStart(6, '0')} of padding`).join('\n');
  const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: big-svc\nspec:\n  selector:\n    app: echo\n  ports:\n  - port: 82';
  const text = `${padding}\n${svc}`;
  expect(text.length).toBeGreaterThan(1024 * 1024);
  await page.getByTestId('open-files-input').setInputFiles([{ name: 'big.yaml', mimeType: 'application/yaml', buffer: Buffer.from(text) }]);
  await page.getByTestId('file-tab-big.yaml').click();
  const editor = page.getByTestId('editor');
  await expect.poll(() => editor.getAttribute('data-large-file')).toBe('true');
  expect(await page.getByTestId('editor-large-file').textContent()).toBe(
    'Large file (1.2 MiB): editing, find and undo work; schema completion and hover are off.',
  );

  // Typed at the end: the worker reads the edit (a YAML error shows in the Problems list); Ctrl+Z takes it back.
  await typeAtEnd(page, '\n  - port: [');
  const problem = page.getByTestId('problems').locator('.problem--error', { hasText: 'big.yaml:' });
  await problem.first().waitFor({ timeout: 30_000 });
  for (let i = 0; i < '\n  - port: ['.length; i++) await page.keyboard.press('Control+z');
  await expect.poll(() => problem.count(), { timeout: 30_000 }).toBe(0);
  await expect.poll(() => editor.getAttribute('data-large-file')).toBe('true');

  // A small file: monaco-yaml's language again, and no note.
  await page.getByTestId('file-tab-echo-service.yaml').click();
  await expect.poll(() => editor.getAttribute('data-large-file')).toBe('false');
  expect(await page.getByTestId('editor-large-file').count()).toBe(0);
  expect(consoleErrors).toEqual([]);
}, 120_000);

test('kube-proxy mode ipvs adds a kube-proxy.yaml and shows the scheduler control', async () => {
  const { page, consoleErrors } = await shared.demo();
  expect(await page.locator(control('ipvsScheduler')).count()).toBe(0);
  await page.selectOption(control('proxyMode'), 'ipvs');
  await page.getByTestId('file-tab-kube-proxy.yaml').waitFor();
  await page.selectOption(control('ipvsScheduler'), 'lc');
  await page.getByTestId('file-tab-kube-proxy.yaml').click();
  await expect.poll(() => editorText(page)).toContain('mode: ipvs');
  await expect.poll(() => editorText(page)).toContain('  scheduler: lc');
  expect(consoleErrors).toEqual([]);
});

test('version control re-analyses, files can be added, renamed and deleted, and the page makes no foreign request', async () => {
  const { page, consoleErrors, requests } = await shared.demo();
  await page.selectOption(control('version'), '1.32');
  const options = await page.locator(`${control('trafficDistribution')} option`).allTextContents();
  expect(options).toContain('PreferSameNode (not in v1.32)');

  await page.getByTestId('add-file').click();
  await page.keyboard.type('extra.yaml');
  await page.keyboard.press('Enter');
  await page.getByTestId('file-tab-extra.yaml').waitFor();
  await page.getByRole('button', { name: 'Delete extra.yaml' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect.poll(() => page.getByTestId('file-tab-extra.yaml').count()).toBe(0);

  await page.waitForLoadState('networkidle');
  expect(foreignRequests(requests)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
