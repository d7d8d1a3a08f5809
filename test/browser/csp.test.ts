/**
 * The built site's Content-Security-Policy allows what the app itself does: the PNG export draws
 * the canvas's SVG through a blob: image, and downloads are blob: links.
 */
import { expect, test } from 'vitest';
import { openPage } from './harness';
import { download, waitForClientRoute } from './pageHelpers';
import { pngColours } from './pngColours';

test('exporting PNG and SVG under the built CSP makes real pictures and breaks no CSP rule', async () => {
  const { page, consoleErrors, close } = await openPage();
  try {
    await waitForClientRoute(page);
    const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!;
    expect(policy).toMatch(/img-src [^;]*blob:/);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const downloadFromBlob = async (testId: string) => {
      const { url, bytes } = await download(page, testId);
      expect(url).toMatch(/^blob:/);
      return bytes;
    };

    const png = await downloadFromBlob('export-png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // Drawn, not blank: the decoded picture has many colours (a refused blob: image draws nothing).
    const colours = await pngColours(page, png);
    expect(colours).toBeGreaterThan(20);
    expect((await downloadFromBlob('export-svg')).toString('utf8')).toMatch(/^<svg /);

    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
