/**
 * One page for all the tests of a file that run one flow after another: opened (and made `ready`)
 * before them, closed after them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openPage, type OpenedPage, type OpenPageOptions } from './harness';
import { resetToDemo } from './pageHelpers';

export interface FilePage {
  /** The page as the previous test left it. */
  readonly opened: OpenedPage;
  /** The page as the previous test left it, its console errors counted from now. */
  fresh(): OpenedPage;
  /** The page back at the seed demo (Workspace → Reset), its console errors counted from now. */
  demo(): Promise<OpenedPage>;
  /** Closes it early (a test that needs a page of its own); the file's end then has nothing to close. */
  close(): Promise<void>;
}

/**
 * @example
 * const shared = pageForFile({}, waitForRoutes);
 * test('…', async () => { const { page, consoleErrors } = await shared.demo(); … });
 */
export function pageForFile(options: OpenPageOptions = {}, ready?: (page: Page) => Promise<void>): FilePage {
  let shared: OpenedPage | undefined;
  beforeAll(async () => {
    shared = await openPage(options);
    await ready?.(shared.page);
  }, 180_000);
  afterAll(() => shared?.close());
  const opened = (): OpenedPage => {
    if (!shared) throw new Error("the file's page is not open");
    return shared;
  };
  const fresh = (): OpenedPage => {
    const page = opened();
    page.consoleErrors.length = 0;
    return page;
  };
  return {
    get opened() {
      return opened();
    },
    fresh,
    async demo() {
      await resetToDemo(opened().page);
      return fresh();
    },
    async close() {
      const page = shared;
      shared = undefined;
      await page?.close();
    },
  };
}
