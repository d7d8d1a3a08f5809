/**
 * The built site's Content-Security-Policy allows what the app itself does: the PNG export draws
 * the canvas's SVG through a blob: image, and downloads are blob: links.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { pngColours } from './pngColours';

const clientRoutes = '[data-testid^="route-default/client->"]';

test('exporting PNG and SVG under the built CSP makes real pictures and breaks no CSP rule', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await page.locator(clientRoutes).first().waitFor({ state: 'attached', timeout: 20_000 });
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!;
    expect(policy).toMatch(/img-src [^;]*blob:/);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const download = async (testId: string) => {
      await page.getByTestId('workspace-menu').locator('summary').click();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      expect(file.url()).toMatch(/^blob:/);
      return readFileSync((await file.path())!);
    };

    const png = await download('export-png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // Drawn, not blank: the decoded picture has many colours (a refused blob: image draws nothing).
    const colours = await pngColours(page, png);
    expect(colours).toBeGreaterThan(20);
    expect((await download('export-svg')).toString('utf8')).toMatch(/^<svg /);

    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
