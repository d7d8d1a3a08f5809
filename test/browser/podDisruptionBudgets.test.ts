/**
 * PodDisruptionBudgets in the built site: the terminal's kubectl get/describe pdb on the live
 * cluster, and the editor's schema describing the budget's fields.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { openTerminal, runTerminalLine, screenshotPath, waitForEditor } from './pageHelpers';

const pdbRow = async (page: Page) => (await runTerminalLine(page, 'kubectl get pdb')).split('\n').map((l) => l.trim().split(/\s{2,}/));

test('kubectl get and describe pdb follow the drain on the live cluster; Tab completes pdb', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await page.getByTestId('examples-menu').selectOption('drain-pdb');
    await page.getByTestId('pod-default/client').waitFor({ timeout: 20_000 });
    const input = await openTerminal(page);

    const [header, row] = await pdbRow(page);
    expect(header).toEqual(['NAME', 'MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE']);
    expect(row!.slice(0, 4)).toEqual(['web', 'N/A', '1', '1']);

    // The drain evicts one of node-3's pods: it is terminating, so the budget allows nothing more.
    await runTerminalLine(page, 'kubectl drain node-3');
    await expect.poll(async () => (await pdbRow(page))[1]!.slice(0, 4), { timeout: 10_000 }).toEqual(['web', 'N/A', '1', '0']);
    const described = await runTerminalLine(page, 'kubectl describe pdb web');
    expect(described).toMatch(/^Max unavailable: {2}1$/m);
    expect(described).toMatch(/^ {4}Allowed disruptions: {2}0\n {4}Current: {14}3\n {4}Desired: {14}3\n {4}Total: {16}4$/m);

    await input.fill('kubectl get pd');
    await input.press('Tab');
    await expect.poll(() => input.inputValue()).toBe('kubectl get pdb ');
    await page.screenshot({ path: screenshotPath('terminal-pdb') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('the editor describes a PodDisruptionBudget’s fields from the schema', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await page.getByTestId('examples-menu').selectOption('drain-pdb');
    await waitForEditor(page);
    const field = page.locator('[data-testid="editor"] .view-lines span', { hasText: /^maxUnavailable$/ }).first();
    await field.waitFor({ timeout: 20_000 });
    await field.hover();
    const hover = page.locator('.monaco-hover-content', { hasText: 'Pods that may be unavailable after an eviction' });
    await hover.waitFor({ timeout: 20_000 });
    await page.screenshot({ path: screenshotPath('editor-pdb-hover') });
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
