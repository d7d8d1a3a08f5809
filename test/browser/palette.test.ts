/**
 * One palette, in the built site: the page installs the palette's colours at start-up, and the
 * exported SVG draws the canvas with the colours the browser shows for it, in light and in dark.
 */
import { expect, test } from 'vitest';
import { PALETTES } from '../../src/view/palette';
import { openPage } from './harness';
import { download, waitForRoutes } from './pageHelpers';

/** "rgb(246, 248, 250)" → "#f6f8fa". */
const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((c) => Number(c).toString(16).padStart(2, '0'))
    .join('')}`;

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: the canvas shows the palette's colours and the SVG export draws the same ones`, async () => {
    const { page, consoleErrors, close } = await openPage({ colorScheme: scheme });
    try {
      await waitForRoutes(page);
      const shown = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return {
          page: style('body').backgroundColor,
          pane: style('.kt-canvas .react-flow').backgroundColor,
          node: style('.kt-node').backgroundColor,
          nodeBorder: style('.kt-node').borderTopColor,
          sameNode: style('.kt-route--same-node .kt-route__line').stroke,
        };
      });
      const colours = PALETTES[scheme];
      expect(hex(shown.page)).toBe(colours.page.bg);
      expect(hex(shown.pane)).toBe(colours.canvas.background);
      expect(hex(shown.node)).toBe(colours.canvas.nodeBg);

      const svg = (await download(page, 'export-svg')).bytes.toString('utf8');
      expect(svg).toContain(`<rect width="100%" height="100%" fill="${hex(shown.pane)}"/>`);
      expect(svg).toMatch(new RegExp(`fill="${hex(shown.node)}" stroke="${hex(shown.nodeBorder)}"/><text[^>]*>node mnode-m02<`));
      expect(svg).toMatch(new RegExp(`<g class="route route--same-node"><path [^>]*stroke="${hex(shown.sameNode)}"`));
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
}
