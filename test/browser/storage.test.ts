/**
 * The work saved in this browser is never lost: a link opened in a new tab keeps it, storage that
 * is full or blocked is said, two tabs never overwrite each other's work silently.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { encodeShareFragment } from '../../src/io/share/shareState';
import { openPage } from './harness';
import { control, waitForClientRoute } from './pageHelpers';

const SAVE_KEY = 'ktp.workspace';
const MY_WORK = '# my own work, saved in this browser\n';

const savedRecord = JSON.stringify({
  schema: 1,
  savedAt: '2026-01-01T00:00:00.000Z',
  state: { v: 1, files: [{ name: 'mine.yaml', text: MY_WORK }], kubernetesVersion: '1.34', activeFile: 'mine.yaml' },
  tab: 'an-earlier-tab',
});

const linkPath = `#s=${encodeShareFragment({ v: 1, files: [{ name: 'linked.yaml', text: '# from the link\n' }], kubernetesVersion: '1.33', activeFile: 'linked.yaml' })}`;

async function fileTabs(page: Page): Promise<string[]> {
  const ids = await page.locator('[data-testid^="file-tab-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!));
  return ids.map((id) => id.slice('file-tab-'.length));
}

const noticeText = (page: Page) => page.getByTestId('share-notice-text').textContent();

test('a link opened in a new tab keeps the saved work aside and offers it back', async () => {
  const first = await openPage();
  try {
    await first.page.evaluate(([key, record]) => localStorage.setItem(key!, record!), [SAVE_KEY, savedRecord]);
    const second = await first.page.context().newPage();
    await second.goto(new URL(linkPath, first.page.url()).href);
    await expect.poll(() => fileTabs(second)).toEqual(['linked.yaml']);
    await expect.poll(() => noticeText(second)).toMatch(/Opened the shared link\. Your saved work is kept in this browser\./);
    // The saved work is in its own slot before anything is saved over it.
    expect(await second.evaluate(() => localStorage.getItem('ktp.workspace.kept'))).toContain('my own work');
    await second.getByTestId('open-saved-work').click();
    await expect.poll(() => fileTabs(second)).toEqual(['mine.yaml']);
    // The link's workspace is kept aside in its place.
    expect(await second.evaluate(() => localStorage.getItem('ktp.workspace.kept'))).toContain('from the link');
    await second.close();
  } finally {
    await first.close();
  }
});

test('storage that is full says the changes are not saved, with Download as the way out', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'ktp.workspace') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.reload();
    await waitForClientRoute(page);
    await page.selectOption(control('version'), '1.32');
    await expect.poll(() => noticeText(page)).toMatch(/not saved: this browser’s storage for the playground is full/);
    expect(await page.getByTestId('share-download').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('storage that throws (site data blocked) leaves a working page and a notice, never a blank one', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.reload();
    await waitForClientRoute(page);
    await expect.poll(() => noticeText(page)).toMatch(/does not let the playground store data/);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('two tabs: a newer save of the other tab is never overwritten silently', async () => {
  const a = await openPage();
  try {
    await waitForClientRoute(a.page);
    const b = await a.page.context().newPage();
    await b.goto(a.page.url());
    await waitForClientRoute(b);
    await a.page.selectOption(control('version'), '1.32');
    await a.page.waitForFunction(() => localStorage.getItem('ktp.workspace')?.includes('"kubernetesVersion":"1.32"'));
    // Tab B learns of A's save (the storage event) and stops saving until the user chooses.
    await expect.poll(() => noticeText(b)).toMatch(/Another tab saved newer work in this browser/);
    await b.selectOption(control('version'), '1.31');
    expect(await b.locator(control('version')).inputValue()).toBe('1.31');
    // A pagehide saves a pending change at once (no waiting for the autosave's delay): B still does not write.
    await b.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(await b.evaluate(() => localStorage.getItem('ktp.workspace'))).toContain('"kubernetesVersion":"1.32"');
    // Opening the newer work shows it in B.
    await b.getByTestId('open-newer-save').click();
    await expect.poll(() => b.locator(control('version')).inputValue()).toBe('1.32');
    await b.close();
  } finally {
    await a.close();
  }
});
