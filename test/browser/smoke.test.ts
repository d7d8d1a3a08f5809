import { expect, test } from 'vitest';
import { foreignRequests, openPage } from './harness';

test('the built page loads with its title, without console errors or foreign requests', async () => {
  const { page, consoleErrors, requests, close } = await openPage();
  try {
    await expect.poll(() => page.title()).toBe('Kube Traffic Playground');
    // Let lazily loaded chunks and workers start before judging the console.
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#root').innerHTML()).not.toBe('');
    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
