/**
 * The picture fits every frame: the seed demo at the sizes it is used at (docs embeds, laptops,
 * a projector). Every zone, node and pod box is fully on screen and nothing covers it (sampled
 * with elementFromPoint), pod names are drawn large enough (font size × zoom), the document never
 * scrolls. One page load per size; the keyboard and the presenter's keys ride along.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { encodeShareFragment } from '../../src/io/share/shareState';
import { seedDemo } from '../../src/scenarios/seedDemo';
import { openPage } from './harness';
import {
  CLIENT,
  CLIENT_ROUTES,
  control,
  midWordBreaks,
  podBadgeOverlaps,
  runTerminalLine,
  screenshotPath,
  settled,
  waitForClientRoute,
  waitForEditor,
} from './pageHelpers';

const EMBED = '?embed&view=canvas&scenario=seed-demo';
const SPLIT = '?embed&view=split&scenario=seed-demo';

interface CanvasCheck {
  /** Boxes not fully inside the graph's area, or with a sample point that lands on something else. */
  hidden: string[];
  /** On-screen font size of each pod's name (font size × zoom). */
  namePx: Record<string, number>;
  scroll: { height: number; width: number; innerHeight: number; innerWidth: number };
}

/**
 * Every box of the canvas: inside the graph's area and the window, and a 5 × 3 grid of points
 * inside it lands in the box (pods: the pod itself; zones and nodes: that box or a box drawn
 * inside it, never a bar, legend, hint or control).
 */
function checkCanvas(page: Page): Promise<CanvasCheck> {
  return page.evaluate(() => {
    const graph = document.querySelector('[data-testid="canvas-graph"]')!.getBoundingClientRect();
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const hidden: string[] = [];
    const namePx: Record<string, number> = {};
    for (const node of document.querySelectorAll<HTMLElement>('[data-testid="canvas"] .react-flow__node')) {
      const id = node.dataset.id!;
      const r = node.getBoundingClientRect();
      const inside =
        r.left >= graph.left - 0.5 &&
        r.top >= graph.top - 0.5 &&
        r.right <= graph.right + 0.5 &&
        r.bottom <= graph.bottom + 0.5 &&
        r.right <= innerWidth &&
        r.bottom <= innerHeight;
      if (!inside) {
        hidden.push(`${id} outside the graph`);
        continue;
      }
      const pod = id.startsWith('pod:');
      for (let i = 1; i <= 5; i++) {
        for (let j = 1; j <= 3; j++) {
          const x = r.left + (r.width * i) / 6;
          const y = r.top + (r.height * j) / 4;
          const hit = document.elementFromPoint(x, y);
          const box = hit?.closest<HTMLElement>('.react-flow__node');
          const ok = pod ? box === node : !!hit && !!hit.closest('[data-testid="canvas-graph"] .react-flow__renderer');
          if (!ok) hidden.push(`${id} covered at (${Math.round(x)},${Math.round(y)}) by ${hit?.tagName}.${hit?.className}`);
        }
      }
    }
    for (const name of document.querySelectorAll<HTMLElement>('[data-testid="canvas"] .kt-pod__name')) {
      const key = name.closest<HTMLElement>('.react-flow__node')!.dataset.id!;
      namePx[key] = Math.round(parseFloat(getComputedStyle(name).fontSize) * zoom * 10) / 10;
    }
    const root = document.documentElement;
    return { hidden, namePx, scroll: { height: root.scrollHeight, width: root.scrollWidth, innerHeight, innerWidth } };
  });
}

const SEED_PODS = ['pod:default/client', 'pod:default/echo-7f87489d76-4lzt6', 'pod:default/echo-7f87489d76-bhnfl'];

async function expectFits(page: Page, name: string, minNamePx: number): Promise<void> {
  await page.locator(CLIENT).waitFor({ state: 'visible', timeout: 20_000 });
  await waitForClientRoute(page);
  await settled(page);
  await page.screenshot({ path: screenshotPath(`frames-${name}`) });
  const check = await checkCanvas(page);
  expect(check.hidden, name).toEqual([]);
  expect(Object.keys(check.namePx).sort(), name).toEqual(SEED_PODS);
  for (const [pod, px] of Object.entries(check.namePx)) expect(px, `${name}: ${pod}`).toBeGreaterThanOrEqual(minNamePx);
  expect(await podBadgeOverlaps(page), `${name}: owner tags clear of the names`).toEqual([]);
  expect(check.scroll.height, `${name}: the document scrolls`).toBeLessThanOrEqual(check.scroll.innerHeight);
  expect(check.scroll.width, `${name}: the document scrolls sideways`).toBeLessThanOrEqual(check.scroll.innerWidth);
}

test('embeds: 360 × 300 and 700 × 420 canvases, 700 × 420 split', async () => {
  for (const [path, width, height, min] of [
    [EMBED, 360, 300, 9],
    [EMBED, 700, 420, 11],
    [SPLIT, 700, 420, 11],
  ] as const) {
    const { page, consoleErrors, close } = await openPage({ path, viewport: { width, height } });
    try {
      await expectFits(page, `embed-${path.includes('split') ? 'split' : 'canvas'}-${width}x${height}`, min);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  }
});

test('app at 1024 × 768: fits, and Tab through the page never edits the YAML', async () => {
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1024, height: 768 } });
  try {
    await expectFits(page, 'app-1024x768', 11);
    await waitForEditor(page);
    const lines = page.locator('[data-testid="editor"] .view-lines');
    const before = await lines.innerText();
    // The editor is passed through, not typed into: its hint says what Tab does meanwhile.
    let sawHint = false;
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      if (!sawHint && (await page.getByTestId('editor-tab-hint').count()) > 0) {
        // Focus went into the editor by Tab: it is in the mode where Tab moves on.
        sawHint = true;
        expect(await page.getByTestId('editor-tab-hint').getAttribute('data-tab-moves')).toBe('true');
      }
    }
    expect(sawHint).toBe(true);
    expect(await lines.innerText()).toBe(before);
    expect(await page.getByTestId('problems').textContent()).toContain('0 errors');
    // Typing into the editor makes Tab indent there; Escape lets Tab move on again.
    await page.locator('[data-testid="editor"] .view-line').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type('#');
    const hint = page.getByTestId('editor-tab-hint');
    await expect.poll(() => hint.getAttribute('data-tab-moves')).toBe('false');
    await page.keyboard.press('Escape');
    await expect.poll(() => hint.getAttribute('data-tab-moves')).toBe('true');
    await page.keyboard.press('Tab');
    await expect.poll(() => hint.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('app at 1440 × 900 with the dock open, and a phone’s 390 px without sideways scrolling', async () => {
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.getByTestId('dock-tab-tour').click();
    await page.getByTestId('dock-panel-tour').waitFor();
    await page.getByTestId('dock-tab-terminal').click();
    await page.getByTestId('terminal-input').waitFor();
    await expectFits(page, 'app-1440x900-dock', 11);

    // The toolbar shows the live cluster's value after a patch, says it differs from the files,
    // and a choice there acts on the live cluster (the files stay as they are).
    await runTerminalLine(page, `kubectl patch svc echo-svc --type merge -p '{"spec":{"internalTrafficPolicy":"Local"}}'`);
    await expect.poll(() => page.locator(control('internalTrafficPolicy')).inputValue()).toBe('Local');
    await page.getByTestId('live-internalTrafficPolicy').waitFor();
    await page.locator(control('internalTrafficPolicy')).selectOption('Cluster');
    await expect.poll(() => page.locator(CLIENT_ROUTES).count(), { timeout: 10_000 }).toBe(2);
    // Live Cluster is what the files say (unset means Cluster): the mark goes, the files' value shows.
    await expect.poll(() => page.getByTestId('live-internalTrafficPolicy').count()).toBe(0);
    expect(await page.locator(control('internalTrafficPolicy')).inputValue()).toBe('');
    await waitForEditor(page);
    expect(await page.locator('[data-testid="editor"] .view-lines').innerText()).not.toContain('internalTrafficPolicy');

    await page.setViewportSize({ width: 390, height: 844 });
    await settled(page);
    // The app scrolls inside itself: the canvas comes into view above the dock, whole.
    await page.getByTestId('canvas').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('frames-phone-390') });
    const phone = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
      const tabs = document.querySelector('.dock__tabs')!.getBoundingClientRect();
      return {
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
        canvas: { top: canvas.top, bottom: canvas.bottom, height: canvas.height },
        tabs: { top: tabs.top, bottom: tabs.bottom },
      };
    });
    expect(phone.width).toBeLessThanOrEqual(390);
    expect(phone.height).toBeLessThanOrEqual(844);
    expect(phone.canvas.height).toBeGreaterThanOrEqual(300);
    expect(phone.tabs.bottom).toBeLessThanOrEqual(844);
    // Fully visible: the dock is folded first (one press on its open tab), then nothing hides the canvas.
    await page.getByTestId('dock-tab-terminal').click();
    const visible = await page.evaluate(() => {
      document.querySelector('[data-testid="canvas"]')!.scrollIntoView({ block: 'center' });
      const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
      const tabs = document.querySelector('.dock__tabs')!.getBoundingClientRect();
      return canvas.top >= 0 && canvas.bottom <= tabs.top + 1;
    });
    expect(visible).toBe(true);
    await page.getByTestId('dock-tab-rules').click();
    await page.getByTestId('dock-panel-rules').waitFor();
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

test('workshop mode at 1280 × 720: a presenter view that keeps a started tour in it and queues key presses', async () => {
  const { page, consoleErrors, close } = await openPage({ viewport: { width: 1280, height: 720 } });
  try {
    await page.locator(CLIENT).waitFor({ state: 'visible', timeout: 20_000 });
    await page.keyboard.press('Alt+w');
    const workshop = page.getByTestId('workshop');
    await workshop.waitFor();
    await workshop.getByRole('button', { name: 'Scenarios…' }).click();
    await page.getByTestId('start-tour-seed-demo').click();
    await page.getByTestId('tour-step').waitFor();
    // Still the presenter view, the step shown once, no dock under it.
    expect(await workshop.count()).toBe(1);
    expect(await page.getByTestId('tour-step').count()).toBe(1);
    expect(await page.getByTestId('dock').count()).toBe(0);
    await expectFits(page, 'workshop-1280x720', 16);
    const sizes = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
      const text = document.querySelector('[data-testid="tour-step"] .kt-step__text')!;
      return { share: (canvas.width * canvas.height) / (innerWidth * innerHeight), text: parseFloat(getComputedStyle(text).fontSize) };
    });
    expect(sizes.share).toBeGreaterThanOrEqual(0.6);
    expect(sizes.text).toBeGreaterThanOrEqual(24);

    // Two quick presses while the first step still performs: both happen, in order.
    await page.locator('body').click({ position: { x: 1000, y: 700 } });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('tour-step-number').textContent(), { timeout: 15_000 }).toBe('3');
    await expect.poll(() => page.getByTestId('tour-step').getAttribute('aria-busy')).toBe('false');
    expect(await page.getByTestId('tour-next').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});

/** The seed demo after `kubectl drain mnode-m03`: a new echo pod, a terminating one, a cordoned node, each marked ≠. */
const DRAINED = encodeShareFragment({
  v: 1,
  files: seedDemo.files,
  kubernetesVersion: '1.34',
  selectedService: 'default/echo-svc',
  timeline: [{ id: 'drain', at: 0, event: { type: 'node.drain', node: 'mnode-m03' }, label: 'kubectl drain mnode-m03' }],
});

test('drift badges and owner tags leave every pod name readable: a 360 × 300 embed, a 1280 × 720 projector, full-size boxes', async () => {
  for (const [path, width, height] of [
    [`?embed&view=canvas#s=${DRAINED}`, 360, 300],
    [`#s=${DRAINED}`, 1280, 720],
    // Room enough for full-size boxes (a status line under the name).
    [`?embed&view=canvas#s=${DRAINED}`, 1200, 800],
  ] as const) {
    const { page, consoleErrors, close } = await openPage({ path, viewport: { width, height } });
    try {
      const name = `drained-${width}x${height}`;
      const badges = page.locator('[data-testid="canvas"] .kt-pod .kt-drift');
      await expect.poll(() => badges.allTextContents(), { timeout: 20_000 }).toHaveLength(2);
      await settled(page);
      await page.screenshot({ path: screenshotPath(`frames-${name}`) });
      expect((await badges.allTextContents()).map((t) => t.replace(/ \(.*\)$/, '')).sort(), name).toEqual(['≠ new', '≠ terminating']);
      expect(await podBadgeOverlaps(page), name).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  }
});

const KIND_DUAL = readFileSync('test/fixtures/dual-stack/kind-dual-cluster.yaml', 'utf8');

test('inspector at 1024 × 768: names and addresses wrap only at spaces, hyphens and slashes, never sideways', async () => {
  const fragment = encodeShareFragment({
    v: 1,
    files: [{ name: 'cluster.yaml', text: KIND_DUAL }],
    kubernetesVersion: '1.34',
    selectedService: 'default/web',
    selection: { kind: 'service', id: 'default/web' },
    ipFamily: 'IPv6',
  });
  const { page, consoleErrors, close } = await openPage({ path: `#s=${fragment}`, viewport: { width: 1024, height: 768 } });
  try {
    const inspector = page.getByTestId('inspector');
    const sideways = () => inspector.evaluate((el) => el.scrollWidth - el.clientWidth);
    await expect.poll(() => page.getByTestId('service-cluster-ip').textContent(), { timeout: 30_000 }).toBe('fd00:10:96::9c1');
    await page.screenshot({ path: screenshotPath('frames-inspector-service-1024x768') });
    expect(await midWordBreaks(page, '[data-testid="inspector"]'), 'Service').toEqual([]);
    expect(await sideways()).toBeLessThanOrEqual(0);

    // The client: its addresses, the trace, and the request counts' pod names.
    await page.locator(CLIENT).click();
    await inspector.getByRole('heading', { name: /Client default\/client/ }).waitFor();
    await inspector.getByRole('button', { name: 'Send requests' }).click();
    await inspector.getByTestId('request-counts').waitFor();
    await page.screenshot({ path: screenshotPath('frames-inspector-client-1024x768') });
    expect(await midWordBreaks(page, '[data-testid="inspector"]'), 'client').toEqual([]);
    expect(await sideways()).toBeLessThanOrEqual(0);
    expect(await inspector.getByTestId('request-counts').locator('.kt-bars__label').first().getAttribute('title')).toMatch(
      /^web-[a-z0-9]+-[a-z0-9]+@kind-worker2?$/,
    );
    expect(consoleErrors).toEqual([]);
  } finally {
    await close();
  }
});
