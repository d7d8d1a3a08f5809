/**
 * A dual-stack cluster's dump pasted into the workspace: the client's inspector offers the route
 * of each IP family, each from the client's address of that family to the Service's cluster IP of
 * that family, with endpoints of that family only.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { encodeShareFragment } from '../../src/io/share/shareState';
import { openPage } from './harness';
import { openTerminal, runTerminalLine, screenshotPath } from './pageHelpers';

const DUMP = readFileSync('test/cli/fixtures/dual-stack-dump.yaml', 'utf8');

test('dual stack: the inspector shows the route of each family', { timeout: 90_000 }, async () => {
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.locator('[data-testid="pod-default/client"]').waitFor({ timeout: 20_000 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    // The dump replaces the whole workspace: pasted into one file, the others emptied.
    for (const file of ['echo-pod.yaml', 'echo-service.yaml', 'client.yaml', 'cluster.yaml']) {
      await page.getByTestId(`file-tab-${file}`).click();
      await page.locator('[data-testid=editor] .view-lines').click();
      await page.evaluate((t) => navigator.clipboard.writeText(t), file === 'cluster.yaml' ? DUMP : '# emptied\n');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('ControlOrMeta+V');
    }
    const client = page.locator('[data-testid="pod-default/client"]');
    await expect.poll(() => page.locator('[data-testid^="pod-default/web-"]').count(), { timeout: 20_000 }).toBe(2);
    await client.click();
    const inspector = page.getByTestId('inspector');
    const select = inspector.locator('select').first();
    await expect
      .poll(() => select.locator('option').allTextContents(), { timeout: 20_000 })
      .toEqual(['default/web:80 (IPv4)', 'default/web-v6:80 (IPv6)', 'default/web:80 (IPv6)', 'default/web-v6:80 (IPv4)']);
    await select.selectOption({ label: 'default/web:80 (IPv6)' });
    await expect
      .poll(() => inspector.getByTestId('route-family').textContent())
      .toContain("From fd00:10:244:1::14 to the Service's IPv6 cluster IP");
    const endpoints = await inspector
      .getByTestId('routing-table')
      .locator('td[title]')
      .evaluateAll((cells) => cells.map((td) => td.getAttribute('title')));
    expect(endpoints).toEqual(['default/web-0 at fd00:10:244:1::b:8080', 'default/web-1 at fd00:10:244:2::c:8080']);
    await page.screenshot({ path: screenshotPath('dual-stack-inspector') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

const KIND_DUAL = readFileSync('test/fixtures/dual-stack/kind-dual-cluster.yaml', 'utf8');

test(
  'dual stack: the IP family choice switches the canvas, the inspector, Send requests and Compare to IPv6',
  { timeout: 120_000 },
  async () => {
    // A link made before the choice existed: no ipFamily, so the primary family (IPv4) is shown.
    const fragment = encodeShareFragment({
      v: 1,
      files: [{ name: 'cluster.yaml', text: KIND_DUAL }],
      kubernetesVersion: '1.34',
      selectedService: 'default/web',
      selection: { kind: 'pod', id: 'default/client' },
    });
    const { page, consoleErrors, close } = await openPage({ viewport: { width: 1280, height: 720 }, path: `#s=${fragment}` });
    try {
      const canvas = page.getByTestId('canvas');
      const inspector = page.getByTestId('inspector');
      const ipv4 = page.getByTestId('ip-family-IPv4');
      const ipv6 = page.getByTestId('ip-family-IPv6');
      await ipv4.waitFor({ state: 'attached', timeout: 30_000 });
      expect(await ipv4.isChecked()).toBe(true);
      await expect.poll(() => page.getByTestId('ip-family').locator('legend').textContent()).toBe('IP family of default/web');
      // IPv4: both clients reach web (legacy's written status has an IPv4 address only).
      const legacyRoutes = canvas.locator('[data-testid^="route-default/legacy->default/web-"]');
      const clientRoutes = canvas.locator('[data-testid^="route-default/client->default/web-"]');
      await expect.poll(() => legacyRoutes.count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await expect.poll(() => inspector.locator('h3').first().textContent()).toBe('Routing table for default/web:80 (IPv4)');

      // By keyboard, as a radio group: the arrow key moves to IPv6.
      await ipv4.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => ipv6.isChecked()).toBe(true);
      await expect.poll(() => legacyRoutes.count()).toBe(0);
      expect(await clientRoutes.count()).toBe(2);
      await expect.poll(() => inspector.locator('h3').first().textContent()).toBe('Routing table for default/web:80 (IPv6)');
      await expect
        .poll(() => inspector.getByTestId('route-family').textContent())
        .toContain("From fd00:10:244:1::3 to the Service's IPv6 cluster IP");
      expect(await inspector.textContent()).toContain('[fd00:10:96::9c1]:80');
      const endpoints = await inspector
        .getByTestId('routing-table')
        .locator('td[title]')
        .evaluateAll((cells) => cells.map((td) => td.getAttribute('title')));
      expect(endpoints).toHaveLength(2);
      for (const title of endpoints) expect(title).toMatch(/^default\/web-\S+ at fd00:10:244:[12]::\d+:8080$/);

      await inspector.getByTestId('send-requests').click();
      await expect.poll(() => inspector.getByLabel('Send requests').textContent()).toContain('to default/web:80 over IPv6');
      await page.screenshot({ path: screenshotPath('dual-stack-ipv6') });

      // The Service's inspector: its IPv6 cluster IP and IPv6 EndpointSlice.
      await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
      await expect.poll(() => inspector.getByTestId('service-cluster-ip').textContent()).toBe('fd00:10:96::9c1');
      expect(await inspector.textContent()).toContain('addressType: IPv6');
      expect(await inspector.textContent()).not.toContain('addressType: IPv4');

      await page.getByTestId('dock-tab-compare').click();
      await expect.poll(() => page.getByTestId('compare-family').textContent(), { timeout: 30_000 }).toBe(' over IPv6');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  },
);

test(
  'dual stack: the Data plane, Rules and Timeline panels follow the IP family choice; a small embed keeps its note to one line',
  { timeout: 120_000 },
  async () => {
    const fragment = encodeShareFragment({
      v: 1,
      files: [{ name: 'cluster.yaml', text: KIND_DUAL }],
      kubernetesVersion: '1.34',
      selectedService: 'default/web',
      ipFamily: 'IPv6',
    });
    const { page, consoleErrors, close } = await openPage({ viewport: { width: 1440, height: 900 }, path: `#s=${fragment}` });
    try {
      await page.getByTestId('ip-family-IPv6').waitFor({ state: 'attached', timeout: 30_000 });
      expect(await page.getByTestId('ip-family-IPv6').isChecked()).toBe(true);

      // Data plane: the client's IPv6 route, to the IPv6 cluster IP.
      await page.getByTestId('dock-tab-dataplane').click();
      const route = page.getByTestId('control-dp-route');
      await expect
        .poll(() => route.locator('option').allTextContents(), { timeout: 20_000 })
        .toContain('default/client→default/web:80 (IPv6)');
      expect(await route.locator('option').allTextContents()).not.toContain('default/legacy→default/web:80 (IPv4)');
      await route.selectOption({ label: 'default/client→default/web:80 (IPv6)' });
      await expect
        .poll(() => page.getByTestId('dataplane-panel').textContent())
        .toContain('over IPv6 (from fd00:10:244:1::3 to fd00:10:96::9c1)');

      // Rules: the listing is the IPv4 proxier's, and the panel says so.
      await page.getByTestId('dock-tab-rules').click();
      await expect
        .poll(() => page.getByTestId('rules-family').textContent(), { timeout: 20_000 })
        .toContain("kube-proxy's IPv4 proxier's listing");
      expect(await page.getByTestId('rules-panel').textContent()).not.toContain('fd00:10:244');

      // Timeline: a deleted web pod moves the client's IPv6 route; its IPv4 routes are not listed.
      await openTerminal(page);
      await runTerminalLine(page, 'kubectl delete pod web-68db979fcc-lz6f2');
      await page.getByTestId('dock-tab-timeline').click();
      const changes = page.getByTestId('timeline-changes');
      await expect.poll(() => changes.textContent(), { timeout: 20_000 }).toContain('default/client → default/web:80 (IPv6): moved');
      expect(await changes.textContent()).not.toContain('(IPv4)');
      await page.getByTestId('ip-family-IPv4').locator('xpath=..').click();
      await expect.poll(() => changes.textContent()).toContain('default/legacy → default/web:80 (IPv4): moved');
      expect(await changes.textContent()).not.toContain('(IPv6)');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }

    // A 360×300 embed where no client has an IPv6 address: the note keeps one line, its full text on focus.
    const noClient = KIND_DUAL.replace(
      /- apiVersion: v1\n {2}kind: Pod\n {2}metadata:\n {4}labels:\n {6}run: client\n[\s\S]*?nodeName: kind-worker\n/,
      '',
    );
    expect(noClient).not.toBe(KIND_DUAL);
    const small = encodeShareFragment({
      v: 1,
      files: [{ name: 'cluster.yaml', text: noClient }],
      kubernetesVersion: '1.34',
      selectedService: 'default/web',
      ipFamily: 'IPv6',
    });
    const embed = await openPage({ viewport: { width: 360, height: 300 }, path: `?embed&view=canvas#s=${small}` });
    try {
      const note = embed.page.getByTestId('canvas-note');
      await note.waitFor({ timeout: 30_000 });
      const lineHeight = async () => {
        const box = (await note.boundingBox())!;
        return box.height;
      };
      expect(await note.getAttribute('title')).toBe(
        'No client pod reaches default/web over IPv6: a client needs an IPv6 address (status.podIPs, or a node with an IPv6 pod CIDR).',
      );
      const short = note.locator('.kt-canvas__note-short');
      const full = note.locator('.kt-canvas__note-full');
      expect(await short.isVisible()).toBe(true);
      expect((await short.textContent())?.trim()).toBe('No client reaches default/web over IPv6 i');
      expect((await full.boundingBox())!.width).toBeLessThanOrEqual(1);
      expect(await lineHeight()).toBeLessThan(26);
      await note.focus();
      await expect.poll(async () => (await full.boundingBox())!.width).toBeGreaterThan(200);
      expect(await short.isVisible()).toBe(false);
      await embed.page.screenshot({ path: screenshotPath('dual-stack-embed-note') });
      expect(embed.consoleErrors).toEqual([]);
    } finally {
      await embed.close();
    }
  },
);

test('dual stack: a single-stack workspace has no IP family choice', { timeout: 60_000 }, async () => {
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1024, height: 768 } });
  try {
    await page.locator('[data-testid="pod-default/client"]').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('ip-family').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
