import type { Page } from 'playwright-core';

/**
 * How many distinct colours the browser sees in a PNG (sampling every 7th pixel): a drawn
 * picture has many, a blank or refused image (e.g. a `blob:` URL the CSP blocks) has one or two.
 */
export function pngColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}
