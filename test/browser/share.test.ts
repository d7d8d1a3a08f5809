/**
 * Share links, local saving, New/Reset, import and export against the built site.
 */
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { V0_LINK, V1_PINNED_LINK, V1_PINNED_STATE } from '../fixtures/shareLinks';
import { openPage } from './harness';
import {
  CLIENT,
  CLIENT_ROUTES,
  control,
  DEMO_FILES,
  download,
  downloadedBytes,
  fileTabs,
  openTerminal,
  runTerminalLine,
  waitForClientRoute,
} from './pageHelpers';
import { pngColours } from './pngColours';

/** Presses Ctrl+S and returns the link the page offers. */
async function shareLink(page: Page): Promise<string> {
  await page.locator('body').click({ position: { x: 2, y: 790 } });
  await page.keyboard.press('Control+KeyS');
  const field = page.getByTestId('share-link');
  await field.waitFor();
  expect(await page.getByTestId('share-notice-text').textContent()).toMatch(/Link copied|Copy this link/);
  return field.inputValue();
}

/** A `#s=` path holding `doc` as written (compressed like v1, or plain JSON like v0). */
function linkPath(doc: unknown, version = 1): string {
  const bytes = strToU8(JSON.stringify(doc));
  const data = version >= 1 ? deflateSync(bytes) : bytes;
  return `#s=v${version}.${Buffer.from(data).toString('base64url')}`;
}

test('a share link round-trips the state exactly', async () => {
  const first = await openPage();
  let link: string;
  try {
    await waitForClientRoute(first.page);
    await first.page.selectOption(control('version'), '1.35');
    await first.page.selectOption(control('trafficDistribution'), 'PreferSameNode');
    await expect.poll(() => first.page.locator(CLIENT_ROUTES).count()).toBe(1);
    // The selection travels in the link: take it only once the inspector shows the client (a click
    // while the canvas still moves can miss the pod, and is then made again).
    const clientShown = first.page.getByTestId('inspector').getByTestId('send-requests');
    await expect
      .poll(async () => {
        if ((await clientShown.count()) === 0) await first.page.locator(CLIENT).click();
        return clientShown.count();
      })
      .toBe(1);
    expect(await first.page.getByTestId('inspector').textContent()).toContain('default/client');
    link = await shareLink(first.page);
    expect(link).toMatch(/#s=v1\.[A-Za-z0-9_-]+$/);
    // Only the changed file travels with the scenario id: the link stays short.
    expect(link.length).toBeLessThan(700);
    expect(first.consoleErrors).toEqual([]);
  } finally {
    await first.close();
  }
  const second = await openPage({ path: link.slice(link.indexOf('#')) });
  try {
    await waitForClientRoute(second.page);
    expect(await second.page.locator(control('version')).inputValue()).toBe('1.35');
    expect(await second.page.locator(control('trafficDistribution')).inputValue()).toBe('PreferSameNode');
    expect(await second.page.locator(CLIENT_ROUTES).count()).toBe(1);
    await second.page.getByTestId('inspector').getByTestId('send-requests').waitFor();
    expect(await second.page.getByTestId('inspector').textContent()).toContain('default/client');
    // The link leaves the address bar once opened, so a reload shows later edits.
    expect(new URL(second.page.url()).hash).toBe('');
    expect(await shareLink(second.page)).toBe(link);
    expect(second.consoleErrors).toEqual([]);
  } finally {
    await second.close();
  }
});

test('links pinned at v1, and a v0 link through its migration, still open', async () => {
  const v1 = await openPage({ path: `#s=${V1_PINNED_LINK}` });
  try {
    await v1.page.getByTestId('file-tab-web.yaml').waitFor();
    expect(await fileTabs(v1.page)).toEqual(V1_PINNED_STATE.files.map((f) => f.name));
    expect(await v1.page.locator(control('version')).inputValue()).toBe('1.33');
    expect(await v1.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await v1.page.getByTestId('file-tab-pod.yaml').getAttribute('aria-selected')).toBe('true');
    expect(await v1.page.getByTestId('share-notice').count()).toBe(0);
    expect(v1.consoleErrors).toEqual([]);

    // The v0 link, pasted into the same page: migrated and opened after asking.
    await v1.page.evaluate((link) => (location.hash = `#s=${link}`), V0_LINK);
    await v1.page.getByTestId('confirm-ok').click();
    await expect.poll(() => fileTabs(v1.page)).toEqual(['web.yaml']);
    expect(await v1.page.locator(control('version')).inputValue()).toBe('1.31');
    expect(v1.consoleErrors).toEqual([]);
  } finally {
    await v1.close();
  }
});

test('a link pasted into an open playground opens after asking; a broken one leaves the workspace alone', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await waitForClientRoute(page);
    await page.selectOption(control('trafficDistribution'), 'PreferSameZone');
    await page.evaluate(() => (location.hash = '#s=v1.broken'));
    await page.getByTestId('share-notice').waitFor();
    expect(await page.getByTestId('share-notice-text').textContent()).toMatch(/could not be opened: .*The workspace is unchanged/);
    expect(await fileTabs(page)).toEqual(DEMO_FILES);
    await page.evaluate((link) => (location.hash = `#s=${link}`), V1_PINNED_LINK);
    await page.getByTestId('confirm-ok').click();
    await page.getByTestId('file-tab-web.yaml').waitFor();
    expect(await fileTabs(page)).toEqual(['web.yaml', 'pod.yaml']);
    expect(new URL(page.url()).hash).toBe('');
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('a hostile link opens safely: names stay text, bombs and garbage give a message and the default scenario', async () => {
  const name = '<img src=x onerror="window.__pwned=1">.yaml';
  const pod =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "<script>window.__pwned=1</script>"\n  labels:\n    app: "<b>x</b>"\nspec:\n  containers:\n  - name: c\n    image: i\n';
  const scripted = await openPage({
    path: linkPath({ v: 1, files: [{ name, text: pod }], kubernetesVersion: '1.34', selectedService: '<svg onload=alert(1)>' }),
  });
  const dialogs: string[] = [];
  scripted.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    const tab = scripted.page.getByTestId(`file-tab-${name}`);
    await tab.waitFor();
    expect(await tab.textContent()).toContain(name);
    expect(await scripted.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await scripted.page.locator('img[src="x"], script:not([src])').count()).toBe(0);
    expect(dialogs).toEqual([]);
  } finally {
    await scripted.close();
  }

  // A bomb and a script in the address: each reason of a link that cannot be opened at start-up
  // (damaged data, a file name with a slash too) is checked in test/io/open/openLink.test.ts.
  const bomb = linkPath({ v: 1, files: [{ name: 'a.yaml', text: ' '.repeat(6_000_000) }], kubernetesVersion: '1.34' });
  expect(bomb.length).toBeLessThan(20_000);
  for (const [path, reason] of [
    [bomb, /too large once decompressed/],
    ['#s=%3Cscript%3Ealert(1)%3C/script%3E', /format version/],
  ] as const) {
    const opened = await openPage({ path });
    try {
      const notice = opened.page.getByTestId('share-notice');
      await notice.waitFor();
      expect(await opened.page.locator('[role="alert"]', { has: notice }).textContent()).toMatch(reason);
      expect(await notice.textContent()).toContain('Showing the default scenario');
      await waitForClientRoute(opened.page);
      expect(await fileTabs(opened.page)).toEqual(DEMO_FILES);
      expect(new URL(opened.page.url()).hash).toBe('');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  }
});

test('a reload restores unsaved work; New and Reset ask before discarding it', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await waitForClientRoute(page);
    await page.selectOption(control('version'), '1.32');
    await page.getByTestId('add-file').click();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="editor"] .view-lines').click();
    await page.keyboard.type('# kept across reloads', { delay: 10 });
    await page.waitForFunction(() => localStorage.getItem('ktp.workspace')?.includes('# kept across reloads'));
    await page.reload();
    await waitForClientRoute(page);
    expect(await page.locator(control('version')).inputValue()).toBe('1.32');
    const tabs = await fileTabs(page);
    expect(tabs.slice(0, 4)).toEqual(DEMO_FILES);
    expect(tabs.length).toBe(5);
    await page.locator('[data-testid="editor"] .view-lines').waitFor({ timeout: 20_000 });
    await expect
      .poll(async () => ((await page.locator('[data-testid="editor"] .view-lines').textContent()) ?? '').replace(/\u00a0/g, ' '))
      .toContain('# kept across reloads');

    // New asks first; Cancel keeps everything.
    await page.getByTestId('workspace-menu').locator('summary').click();
    await page.getByTestId('workspace-new').click();
    const dialog = page.getByTestId('confirm-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Start a new, empty workspace?');
    await page.getByTestId('confirm-cancel').click();
    expect((await fileTabs(page)).length).toBe(5);
    await page.getByTestId('workspace-menu').locator('summary').click();
    await page.getByTestId('workspace-new').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => fileTabs(page)).toEqual(['cluster.yaml']);

    // An empty workspace has nothing to lose: Reset goes straight back to the demo.
    await page.getByTestId('workspace-menu').locator('summary').click();
    await page.getByTestId('workspace-reset').click();
    await waitForClientRoute(page);
    expect(await fileTabs(page)).toEqual(DEMO_FILES);
    expect(await dialog.isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('SVG and PNG exports are non-empty pictures of the canvas; zip, JSON and Markdown hold the workspace and report', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await waitForClientRoute(page);
    const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    for (const node of ['mnode', 'mnode-m02', 'mnode-m03']) expect(svg).toContain(`>node ${node}</text>`);
    expect(svg).toContain('client');
    expect(svg.match(/<g class="route route--/g)?.length).toBe(2);

    const png = (await download(page, 'export-png')).bytes;
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(400);
    expect(height).toBeGreaterThan(300);
    // Drawn, not blank: many distinct colours once decoded by the browser.
    const colours = await pngColours(page, png);
    expect(colours).toBeGreaterThan(20);

    const zip = unzipSync(new Uint8Array((await download(page, 'export-zip')).bytes));
    expect(Object.keys(zip)).toEqual(DEMO_FILES);
    expect(strFromU8(zip['echo-service.yaml']!)).toContain('kind: Service');
    const json = JSON.parse((await download(page, 'export-json')).bytes.toString('utf8'));
    expect(json.kubernetesVersion).toBe('1.34');
    expect(json.views.length).toBeGreaterThan(0);
    expect(json.serviceViews).toBeUndefined();
    const markdown = (await download(page, 'export-markdown')).bytes.toString('utf8');
    expect(markdown).toContain('| default/client | mnode-m02 | default/echo-svc | 80/TCP | internal | forward |');
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('Export → Real cluster lab: a minikube folder with the timeline as steps and the prediction', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await waitForClientRoute(page);
    await openTerminal(page);
    const patched = await runTerminalLine(
      page,
      `kubectl patch svc echo-svc --type merge -p '{"spec":{"trafficDistribution":"PreferSameNode"}}'`,
    );
    expect(patched).toContain('service/echo-svc patched');
    const zip = unzipSync(new Uint8Array((await download(page, 'export-lab-minikube')).bytes));
    const folder = 'kube-traffic-playground-minikube-lab';
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining([
        `${folder}/README.md`,
        `${folder}/setup.sh`,
        `${folder}/hit.sh`,
        `${folder}/steps.sh`,
        `${folder}/expected.txt`,
      ]),
    );
    expect(strFromU8(zip[`${folder}/setup.sh`]!)).toContain('minikube start -p mnode --nodes 3 --kubernetes-version v1.34.0');
    expect(strFromU8(zip[`${folder}/steps.sh`]!)).toContain(
      `kubectl patch service -n default echo-svc --type merge -p '{"spec":{"trafficDistribution":"PreferSameNode"}}'`,
    );
    const expected = strFromU8(zip[`${folder}/expected.txt`]!);
    expect(expected).toContain('50%  echo (Deployment) on mnode-m03 (another zone), about 10 of 20');
    expect(expected).toContain('100%  echo (Deployment) on mnode-m02 (same node), about 20 of 20');
    expect(strFromU8(zip[`${folder}/manifests/echo-service.yaml`]!)).not.toContain('status:');
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('YAML files and a zip open by picker and by drop; a too-long link becomes a file that opens again', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await waitForClientRoute(page);
    const svc = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: extra\nspec:\n  selector:\n    app: echo\n  ports:\n  - port: 81\n';
    await page
      .getByTestId('open-files-input')
      .setInputFiles([{ name: 'extra.yaml', mimeType: 'application/yaml', buffer: Buffer.from(svc) }]);
    await page.getByTestId('file-tab-extra.yaml').waitFor();
    expect(await fileTabs(page)).toEqual([...DEMO_FILES, 'extra.yaml']);

    // Dropped files land in the workspace too, even over the editor.
    await page.evaluate(
      (text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped.yaml', { type: 'application/yaml' }));
        const target = document.querySelector('[data-testid="editor"]') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop'])
          target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      svc.replace('extra', 'dropped'),
    );
    await page.getByTestId('file-tab-dropped.yaml').waitFor();

    // A zip is a whole workspace: it replaces this one, after asking.
    const zip = Buffer.from(
      (await import('fflate')).zipSync({ 'dir/a.yaml': strToU8(svc), 'b.yml': strToU8('kind: Pod\n'), 'readme.txt': strToU8('x') }),
    );
    await page.getByTestId('open-files-input').setInputFiles([{ name: 'work.zip', mimeType: 'application/zip', buffer: zip }]);
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => fileTabs(page)).toEqual(['a.yaml', 'b.yml']);

    // A workspace too big for a link is offered as a file.
    const big = Array.from({ length: 1500 }, (_, i) => `# ${((i * 2654435761) % 4294967296).toString(36)} ${Math.sin(i).toFixed(12)}`).join(
      '\n',
    );
    await page
      .getByTestId('open-files-input')
      .setInputFiles([{ name: 'big.yaml', mimeType: 'application/yaml', buffer: Buffer.from(big) }]);
    await page.getByTestId('file-tab-big.yaml').waitFor();
    await page.keyboard.press('Control+KeyS');
    await page.getByTestId('share-download').waitFor();
    expect(await page.getByTestId('share-notice-text').textContent()).toMatch(/too long/);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-download').click()]);
    const stateFile = await downloadedBytes(file);
    expect(JSON.parse(stateFile.toString('utf8')).files.map((f: { name: string }) => f.name)).toEqual(['a.yaml', 'b.yml', 'big.yaml']);

    // Back to the demo (Reset, after asking), then the state file opens the workspace again.
    await page.getByTestId('workspace-menu').locator('summary').click();
    await page.getByTestId('workspace-reset').click();
    await page.getByTestId('confirm-ok').click();
    await waitForClientRoute(page);
    expect(await fileTabs(page)).toEqual(DEMO_FILES);
    await page.getByTestId('open-files-input').setInputFiles([{ name: 'state.json', mimeType: 'application/json', buffer: stateFile }]);
    await expect.poll(() => fileTabs(page)).toEqual(['a.yaml', 'b.yml', 'big.yaml']);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
