/**
 * The timeline tells what the cluster did: kubectl delete node gives the evicted pod's replacement
 * a new name (never "moved"), and the step's route changes read the same after ←/→ and from a share
 * link opened in another tab; Reset cluster shows the files with no change.
 */
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { openTerminal, screenshotPath, waitForClientRoute } from './pageHelpers';

const echoPods = '[data-testid^="pod-default/echo-"]';

test('kubectl delete node: a new pod replaces the evicted one, and the step reads the same however it is reached', async () => {
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1280, height: 720 } });
  try {
    await waitForClientRoute(page);
    const before = await page.locator(echoPods).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(before).toHaveLength(2);

    const input = await openTerminal(page);
    await input.fill('kubectl delete node mnode-m03');
    await input.press('Enter');
    await expect
      .poll(async () => (await page.locator(echoPods).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).sort().join(), {
        timeout: 30_000,
      })
      .not.toBe([...before].sort().join());
    const after = await page.locator(echoPods).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(after).toHaveLength(2);
    const replacement = after.find((id) => !before.includes(id))!;
    expect(replacement).toBeDefined();
    // One of the files' pods is gone for good; the new one is marked new, not moved.
    expect(after.filter((id) => before.includes(id))).toHaveLength(1);
    expect(await page.locator(`[data-testid="${replacement}"]`).textContent()).toContain('new');
    expect(await page.locator(echoPods).allTextContents()).not.toContain('moved');

    await page.getByTestId('dock-tab-timeline').click();
    const changes = page.getByTestId('timeline-changes');
    await changes.waitFor();
    const first = await changes.textContent();
    expect(first).toContain('kubectl delete node mnode-m03');
    expect(first).toMatch(/moved.*default\/client → default\/echo-svc:80: moved from .* to .*@mnode-m02 100%/);
    // What the cluster did at the step, in the controllers' words: who deleted the pod, which ReplicaSet created which.
    const did = await page.getByTestId('timeline-step-log').locator('li').allTextContents();
    expect(did).toContain(
      `PodGC: deleted pod ${before.find((id) => !after.includes(id))!.slice('pod-'.length)} of the deleted node mnode-m03`,
    );
    expect(did).toContainEqual(
      expect.stringMatching(new RegExp(`^ReplicaSet echo-\\w+: created pod ${replacement.slice('pod-'.length)}$`)),
    );
    expect(did).toContain(`Scheduled: successfully assigned ${replacement.slice('pod-'.length)} to mnode-m02`);
    // The drift names who created the new pod.
    expect(await page.getByTestId('timeline-drift').textContent()).toMatch(
      new RegExp(`Pod ${replacement.slice('pod-'.length)} \\(created by ReplicaSet echo-\\w+\\)`),
    );

    await page.getByTestId('timeline-back').click();
    await expect.poll(() => changes.textContent()).toBe('The cluster is what the files say.');
    await page.getByTestId('timeline-forward').click();
    await expect.poll(() => changes.textContent()).toBe(first);
    await page.screenshot({ path: screenshotPath('h16b-timeline-delete-node') });

    // A share link taken at the step, opened in another tab: the step reads the same.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Control+KeyS');
    const field = page.getByTestId('share-link');
    await field.waitFor();
    const link = new URL(await field.inputValue()).hash;
    expect(link).toMatch(/^#s=v1\./);
    await page.keyboard.press('Escape');
    const reopened = await openPage({ path: link, viewport: { width: 1280, height: 720 } });
    try {
      await waitForClientRoute(reopened.page);
      await reopened.page.getByTestId('dock-tab-timeline').click();
      const there = reopened.page.getByTestId('timeline-changes');
      await there.waitFor();
      await expect.poll(() => there.textContent(), { timeout: 30_000 }).toBe(first);
      expect(await reopened.page.getByTestId('timeline-step-log').locator('li').allTextContents()).toEqual(did);
      expect(reopened.consoleErrors).toEqual([]);
    } finally {
      await reopened.close();
    }

    await page.getByTestId('timeline-reset').click();
    await expect.poll(() => changes.textContent()).toBe('The cluster is what the files say.');
    expect(await page.getByTestId('timeline-drift').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
}, 120_000);
