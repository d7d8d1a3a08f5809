/**
 * The terminal, the timeline and the canvas's events menu against the built site, on the seed demo.
 * The tests share one page; each after the first starts from the demo again (Workspace → Reset,
 * which clears the timeline).
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { pageForFile } from './pageForFile';
import { CLIENT, CLIENT_ROUTES, openTerminal, runTerminalLine, screenshotPath, waitForRoutes } from './pageHelpers';

const shared = pageForFile({}, waitForRoutes);

/** The client's routes as "pod-name@share", sorted. */
async function routeTargets(page: Page): Promise<string[]> {
  return page
    .locator(CLIENT_ROUTES)
    .evaluateAll((gs) =>
      gs
        .map((g) => `${(g.getAttribute('data-testid') ?? '').replace(/^route-default\/client->default\//, '')} ${g.textContent?.trim()}`)
        .sort(),
    );
}

test('kubectl drain in the terminal moves the client’s route; stepping back on the timeline restores it', async () => {
  const { page, consoleErrors } = shared.opened;
  const before = await routeTargets(page);
  expect(before).toHaveLength(2);
  expect(before.every((r) => r.endsWith('50%'))).toBe(true);
  const input = await openTerminal(page);
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);

  // Like kubectl: the bare client pod on mnode-m02 makes drain refuse (after cordoning).
  const refused = await runTerminalLine(page, 'kubectl drain mnode-m02');
  expect(refused).toContain('cannot delete Pods that declare no controller (use --force to override): default/client');
  await page.getByTestId('drift-node-mnode-m02').waitFor();
  expect(await page.getByTestId('drift-node-mnode-m02').textContent()).toContain('cordoned');
  expect(await routeTargets(page)).toEqual(before);

  // Draining mnode-m03 evicts its echo pod: the client's traffic all goes to mnode-m02.
  const drained = await runTerminalLine(page, 'kubectl drain mnode-m03');
  expect(drained).toContain('node/mnode-m03 drained');
  await expect.poll(() => routeTargets(page), { timeout: 10_000 }).not.toEqual(before);
  const after = await routeTargets(page);
  expect(after).toHaveLength(1);
  expect(after[0]).toMatch(/100%$/);
  const onM02 = before.find((r) => after[0]!.split(' ')[0] === r.split(' ')[0]);
  expect(onM02).toBeDefined();

  // The timeline lists both events and the step's route change; stepping back restores the split.
  await page.getByTestId('dock-tab-timeline').click();
  const events = page.getByTestId('timeline-events');
  await events.getByText('kubectl drain mnode-m03').waitFor();
  expect(await events.locator('li').count()).toBe(3);
  expect(await page.getByTestId('timeline-changes').textContent()).toContain('default/client');
  await page.getByTestId('timeline-back').click();
  await expect.poll(() => routeTargets(page), { timeout: 10_000 }).toEqual(before);
  expect(await page.getByTestId('timeline-event-1').getAttribute('aria-current')).toBe('step');
  // And forward again with the keyboard.
  await page.getByTestId('timeline-event-1').focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => routeTargets(page), { timeout: 10_000 }).toEqual(after);
  await page.screenshot({ path: screenshotPath('timeline') });
  // Reset: the cluster is what the files say, and the files were never touched.
  await page.getByTestId('timeline-reset').click();
  await expect.poll(() => routeTargets(page), { timeout: 10_000 }).toEqual(before);
  expect(await page.getByTestId('drift-node-mnode-m02').count()).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('hit 40 echo-svc prints sort | uniq -c counts summing to 40; history and tab completion work', async () => {
  const { page, consoleErrors } = await shared.demo();
  const input = await openTerminal(page);
  const output = await runTerminalLine(page, 'hit 40 echo-svc');
  const lines = output.split('\n');
  expect(lines[0]).toBe('# 40 requests from default/client (mnode-m02) to default/echo-svc:80');
  const counts = lines.slice(1).map((l) => /^\s+(\d+) echo-\S+@(mnode-m0[23])$/.exec(l));
  expect(counts.every(Boolean)).toBe(true);
  expect(counts.reduce((sum, m) => sum + Number(m![1]), 0)).toBe(40);

  await runTerminalLine(page, 'kubectl get nodez');
  expect(await page.getByTestId('terminal-output').locator('.terminal__line--error').last().textContent()).toContain(
    'the playground does not know the resource type "nodez"',
  );

  // ↑ recalls the last line; Tab completes a node name.
  await input.press('ArrowUp');
  await expect.poll(() => input.inputValue()).toBe('kubectl get nodez');
  await input.press('ArrowUp');
  await expect.poll(() => input.inputValue()).toBe('hit 40 echo-svc');
  await input.fill('kubectl cordon mnode-m0');
  await input.press('Tab');
  await expect.poll(() => page.getByTestId('terminal-candidates').textContent()).toBe('mnode-m02  mnode-m03');
  expect(await input.inputValue()).toBe('kubectl cordon mnode-m0');
  await input.fill('kubectl get po');
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe('kubectl get pods ');
  // Text from the cluster is shown as text.
  await runTerminalLine(page, `kubectl get pods '<img src=x onerror=alert(1)>'`);
  expect(await page.locator('.terminal img').count()).toBe(0);
  await page.screenshot({ path: screenshotPath('terminal') });
  expect(consoleErrors).toEqual([]);
});

test('the events menu cordons a node by keyboard; Escape returns focus; R marks it NotReady', async () => {
  const { page, consoleErrors } = await shared.demo();
  const box = page.locator('.react-flow__node:has([data-testid="node-mnode-m02"])');
  await box.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByTestId('event-menu');
  await menu.waitFor();
  expect(await menu.getAttribute('aria-label')).toBe('Events for node mnode-m02');
  await expect.poll(() => page.getByTestId('event-cordon').evaluate((el) => el === document.activeElement)).toBe(true);
  await page.screenshot({ path: screenshotPath('event-menu') });
  await page.keyboard.press('Enter');
  await menu.waitFor({ state: 'detached' });
  await page.getByTestId('drift-node-mnode-m02').waitFor();
  expect(await page.getByTestId('node-mnode-m02').textContent()).toContain('cordoned');
  await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);

  // The menu now offers Uncordon; Escape closes it and gives focus back.
  await page.keyboard.press('Shift+F10');
  await page.getByTestId('event-uncordon').waitFor();
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);

  // A single key on the focused box: R marks the node NotReady.
  await page.keyboard.press('r');
  await expect.poll(() => page.getByTestId('node-mnode-m02').textContent()).toContain('NotReady');

  // A right click opens the same menu for a pod.
  await page.locator(CLIENT).click({ button: 'right' });
  await menu.waitFor();
  expect(await menu.getAttribute('aria-label')).toBe('Events for pod default/client');
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });

  await page.getByTestId('dock-tab-timeline').click();
  await page.getByTestId('timeline-events').getByText('kubectl cordon mnode-m02').waitFor();
  expect(await page.getByTestId('timeline-events').locator('li').count()).toBe(3);
  expect(consoleErrors).toEqual([]);
});

test('several kinds print as kubectl prints them; get -w prints the row a canvas event changes, Ctrl+C stops', async () => {
  const { page, consoleErrors } = await shared.demo();
  await openTerminal(page);
  const both = await runTerminalLine(page, 'kubectl -n default get svc,deploy');
  expect(both.split('\n')).toEqual([
    'NAME               TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)   AGE',
    expect.stringMatching(/^service\/echo-svc {3}ClusterIP {3}10\.96\.117\.253 {3}<none> {8}80\/TCP {4}\d+s$/),
    '',
    'NAME                   READY   UP-TO-DATE   AVAILABLE   AGE',
    expect.stringMatching(/^deployment\.apps\/echo {3}2\/2 {5}2 {12}2 {11}\d+s$/),
  ]);
  const watched = await runTerminalLine(page, 'kubectl get nodes -w');
  expect(watched).toContain('Watching: changed rows print as the timeline plays');
  const lines = page.getByTestId('terminal-output').locator('pre');
  const before = await lines.count();
  // A canvas event (not a terminal command) changes mnode-m02: its row prints again.
  const box = page.locator('.react-flow__node:has([data-testid="node-mnode-m02"])');
  await box.focus();
  await page.keyboard.press('Shift+F10');
  await page.getByTestId('event-cordon').waitFor();
  await page.keyboard.press('Enter');
  await expect.poll(() => lines.count(), { timeout: 10_000 }).toBe(before + 1);
  expect(await lines.last().textContent()).toMatch(/^mnode-m02 {3}Ready,SchedulingDisabled {3}<none> +\d+s +v1\.\d+\.0$/);
  await page.screenshot({ path: screenshotPath('terminal-watch') });
  const input = page.getByTestId('terminal-input');
  await input.focus();
  await input.press('Control+c');
  await expect.poll(() => lines.last().textContent()).toBe('^C');
  expect(consoleErrors).toEqual([]);
});
