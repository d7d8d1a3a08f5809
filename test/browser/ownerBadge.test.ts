/**
 * The owner tag on pod boxes (DS, STS, RS, RC, Deploy): present on every controller-made pod,
 * absent on bare pods, and readable at the sizes people use (a 360 × 300 embed, a 1280 × 720
 * workshop screen), for the DaemonSet scenario and the seed demo.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './harness';
import { podBadgeOverlaps, screenshotPath, settled } from './pageHelpers';

interface Tag {
  pod: string;
  text: string | null;
  /** On-screen font size (font size × zoom). */
  px: number;
  /** The tag lies within its pod's box from left to right, and on it (a compact box carries it on its bottom border). */
  inside: boolean;
  /** No box is drawn over the tag (a route's line may cross it), and it covers no other pod or kube-proxy. */
  clear: boolean;
}

/** Every pod box's tag, once the canvas has drawn `expected` pods. */
async function tags(page: Page, expected: number): Promise<Tag[]> {
  await expect.poll(() => page.locator('[data-testid="canvas"] .kt-pod').count(), { timeout: 20_000 }).toBe(expected);
  await settled(page);
  return page.evaluate(() => {
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    // A route's line may pass over the tag (edges are drawn above boxes); another box may not.
    const coveredByBox = (tag: HTMLElement | null) => {
      if (!tag) return true;
      const r = tag.getBoundingClientRect();
      const hitBox = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2)?.closest('.react-flow__node');
      return !!hitBox && !hitBox.contains(tag);
    };
    return [...document.querySelectorAll<HTMLElement>('[data-testid="canvas"] .kt-pod')].map((box) => {
      const tag = box.querySelector<HTMLElement>('[data-testid="pod-owner"]');
      const b = box.getBoundingClientRect();
      const r = tag?.getBoundingClientRect();
      return {
        pod: box.dataset.testid!.replace(/^pod-/, ''),
        text: tag?.textContent ?? null,
        px: tag ? Math.round(parseFloat(getComputedStyle(tag).fontSize) * zoom * 10) / 10 : 0,
        inside: !!r && r.left >= b.left - 0.5 && r.right <= b.right + 0.5 && r.bottom > b.top && r.top < b.bottom,
        clear:
          !!r &&
          !coveredByBox(tag) &&
          [...document.querySelectorAll<HTMLElement>('[data-testid="canvas"] .kt-pod, [data-testid="canvas"] .kt-entry')]
            .filter((other) => other !== box)
            .every((other) => {
              const o = other.getBoundingClientRect();
              return r.right <= o.left || r.left >= o.right || r.bottom <= o.top || r.top >= o.bottom;
            }),
      };
    });
  });
}

const FRAMES = [
  { name: 'embed-360x300', width: 360, height: 300, embed: true, minPx: 7.5 },
  { name: 'workshop-1280x720', width: 1280, height: 720, embed: false, minPx: 10 },
];

for (const frame of FRAMES) {
  test(`DaemonSet scenario, ${frame.name}: every agent pod says DS, the web pods Deploy`, { timeout: 60_000 }, async () => {
    // The full page opens the files it saved (the seed demo at first); a scenario by URL is an embed's.
    const path = frame.embed ? '?embed&view=canvas&scenario=daemonset-local' : '?embed&view=split&controls=full&scenario=daemonset-local';
    const { page, consoleErrors, close } = await openPage({ path, viewport: { width: frame.width, height: frame.height } });
    try {
      await page.locator('[data-testid="canvas"] .kt-pod').first().waitFor({ timeout: 20_000 });
      const count = await page.locator('[data-testid="canvas"] .kt-pod').count();
      const found = await tags(page, count);
      await page.screenshot({ path: screenshotPath(`owner-daemonset-${frame.name}`) });
      const agents = found.filter((t) => t.pod.startsWith('default/node-agent-'));
      expect(agents.length).toBeGreaterThan(1);
      for (const t of agents) expect(t, t.pod).toMatchObject({ text: 'DS', inside: true, clear: true });
      for (const t of found.filter((t) => t.pod.startsWith('default/web-')))
        expect(t, t.pod).toMatchObject({ text: 'Deploy', inside: true, clear: true });
      for (const t of found.filter((t) => t.text !== null)) expect(t.px, t.pod).toBeGreaterThanOrEqual(frame.minPx);
      expect(await podBadgeOverlaps(page), 'tags clear of the names').toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
}

test(
  'seed demo, 360 × 300 embed and 1280 × 720: the echo pods say Deploy, the bare client pod has no tag',
  { timeout: 60_000 },
  async () => {
    for (const frame of FRAMES) {
      const path = frame.embed ? '?embed&view=canvas&scenario=seed-demo' : '';
      const { page, close } = await openPage({ path, viewport: { width: frame.width, height: frame.height } });
      try {
        const found = await tags(page, 3);
        await page.screenshot({ path: screenshotPath(`owner-seed-${frame.name}`) });
        expect(found.map((t) => [t.pod.replace(/-[a-z0-9]+-[a-z0-9]+$/, ''), t.text]).sort()).toEqual([
          ['default/client', null],
          ['default/echo', 'Deploy'],
          ['default/echo', 'Deploy'],
        ]);
        for (const t of found.filter((t) => t.text)) expect(t, `${frame.name} ${t.pod}`).toMatchObject({ inside: true, clear: true });
        for (const t of found.filter((t) => t.text)) expect(t.px, `${frame.name} ${t.pod}`).toBeGreaterThanOrEqual(frame.minPx);
      } finally {
        await close();
      }
    }
  },
);
