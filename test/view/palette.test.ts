/**
 * One palette: the stylesheet the page installs and the SVG/PNG export take their colours from
 * src/view/palette.ts, so what the canvas shows in a theme is what the exported file draws.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFiles } from '../../src/engine/analyze';
import { buildCanvasSvg } from '../../src/io/export/canvasSvg';
import { seedDemo } from '../../src/scenarios/seedDemo';
import { mixColours, PALETTES, ROUTE_DASHES, THEME_NAMES, themeName, type ThemeName } from '../../src/view/palette';
import { paletteCss } from '../../src/view/paletteCss';

interface CssRule {
  selectors: string[];
  media: string | null;
  variables: Record<string, string>;
}

/** The rules of the generated stylesheet (flat rules and one level of @media). */
function parseRules(css: string): CssRule[] {
  const rules: CssRule[] = [];
  const walk = (text: string, media: string | null) => {
    const pattern = /(@media[^{]+)\{((?:[^{}]*\{[^}]*\})*)\s*\}|([^{}@]+)\{([^}]*)\}/g;
    for (const m of text.matchAll(pattern)) {
      if (m[1]) walk(m[2]!, m[1].trim());
      else {
        const variables: Record<string, string> = {};
        for (const d of m[4]!.matchAll(/(--[\w-]+):\s*([^;]+);/g)) variables[d[1]!] = d[2]!.trim();
        rules.push({ selectors: m[3]!.split(',').map((s) => s.trim()), media, variables });
      }
    }
  };
  walk(css, null);
  return rules;
}

/**
 * The custom properties an element gets in `theme`, as the browser would cascade them. The
 * element is `:root` or the canvas's React Flow element; its colour mode follows the page's.
 */
function resolve(css: string, theme: ThemeName, element: 'root' | 'canvas'): Record<string, string> {
  const dark = theme.startsWith('dark');
  const moreContrast = theme.endsWith('high-contrast');
  const matches = (selector: string) => {
    const root = dark ? [':root', ":root[data-theme='dark']"] : [':root'];
    if (element === 'root') return root.includes(selector);
    const canvas = [
      '.kt-canvas .react-flow',
      ...(dark ? ['.kt-canvas .react-flow.dark', ":root[data-theme='dark'] .kt-canvas .react-flow"] : []),
    ];
    return canvas.includes(selector);
  };
  const specificity = (selector: string) => (selector.match(/[.[]/g) ?? []).length + (selector.includes(':root') ? 1 : 0);
  const applicable = parseRules(css)
    .filter((r) => r.media === null || (r.media === '@media (prefers-contrast: more)' && moreContrast))
    .map((r, order) => ({ r, order, spec: Math.max(-1, ...r.selectors.filter(matches).map(specificity)) }))
    .filter((x) => x.spec >= 0)
    .sort((a, b) => a.spec - b.spec || a.order - b.order);
  return Object.assign({}, ...applicable.map((x) => x.r.variables));
}

const report = analyzeFiles(seedDemo.files, { kubernetesVersion: '1.34' });
const attr = (svg: string, pattern: RegExp) => pattern.exec(svg)?.[1];

describe('palette', () => {
  const css = paletteCss();

  for (const theme of THEME_NAMES) {
    describe(theme, () => {
      const canvas = resolve(css, theme, 'canvas');
      const page = resolve(css, theme, 'root');
      const { svg } = buildCanvasSvg(report, { services: ['default/echo-svc'], theme });

      it('the canvas stylesheet holds the palette’s canvas colours', () => {
        const colours = PALETTES[theme].canvas;
        expect(canvas['--kt-background']).toBe(colours.background);
        expect(canvas['--kt-node-bg']).toBe(colours.nodeBg);
        expect(canvas['--kt-drop']).toBe(colours.drop);
        expect(canvas['--xy-background-color']).toBe('var(--kt-background)');
        colours.apps.forEach((hue, slot) => expect(canvas[`--kt-app-${slot}`]).toBe(hue));
        expect(page['--fg']).toBe(PALETTES[theme].page.fg);
        expect(page['--danger']).toBe(PALETTES[theme].page.danger);
      });

      it('the export draws with the colours the canvas shows', () => {
        expect(attr(svg, /<rect width="100%" height="100%" fill="([^"]+)"/)).toBe(canvas['--kt-background']);
        expect(attr(svg, /<text[^>]*fill="([^"]+)"[^>]*>node mnode-m02</)).toBe(canvas['--kt-fg']);
        expect(attr(svg, /<rect [^>]*fill="([^"]+)" stroke="[^"]+"\/><text[^>]*>node /)).toBe(canvas['--kt-node-bg']);
        expect(attr(svg, /<rect [^>]*fill="[^"]+" stroke="([^"]+)"\/><text[^>]*>node /)).toBe(canvas['--kt-node-border']);
        expect(attr(svg, /<rect [^>]*fill="([^"]+)" stroke="[^"]+"\/><text[^>]*>kube-proxy</)).toBe(canvas['--kt-proxy-bg']);
        expect(attr(svg, /<rect [^>]*stroke="([^"]+)" stroke-dasharray="6 4"/)).toBe(canvas['--kt-zone-border']);
        expect(attr(svg, /<text[^>]*fill="([^"]+)"[^>]*>zone zone-a</)).toBe(canvas['--kt-muted']);
        const zone = /<rect [^>]*fill="(#[0-9a-f]{6})" fill-opacity="([\d.]+)" stroke="[^"]+" stroke-dasharray/.exec(svg)!;
        const [r, g, b, a] = /rgba\((\d+), (\d+), (\d+), ([\d.]+)\)/.exec(canvas['--kt-zone-bg']!)!.slice(1);
        expect(zone[1]).toBe(`#${[r, g, b].map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`);
        expect(zone[2]).toBe(a);
        for (const kind of ['same-node', 'cross-zone'])
          expect(attr(svg, new RegExp(`<g class="route route--${kind}"><path [^>]*stroke="([^"]+)"`))).toBe(canvas[`--kt-${kind}`]);
        // Pods as the canvas tints them: backends with their app's hue, the client with the text colour.
        expect(svg).toContain(`fill="${mixColours(canvas['--kt-app-0']!, 0.14, canvas['--kt-surface']!)}"`);
        expect(svg).toContain(
          `width="5" height="${attr(svg, /<rect [^>]*height="([\d.]+)" rx="2"/)}" rx="2" fill="${canvas['--kt-app-0']}"`,
        );
        expect(svg).toContain(`fill="${mixColours(canvas['--kt-fg']!, 0.07, canvas['--kt-surface']!)}"`);
      });
    });
  }

  it('draws dropped and rejected traffic in the drop colour, which in dark is the page’s danger red', () => {
    expect(PALETTES.dark.canvas.drop).toBe(PALETTES.dark.page.danger);
    expect(PALETTES.light.canvas.drop).toBe(PALETTES.light.page.danger);
  });

  it('strengthens the page’s text in high contrast, in light and in dark', () => {
    const light = resolve(paletteCss(), 'light-high-contrast', 'root');
    const dark = resolve(paletteCss(), 'dark-high-contrast', 'root');
    expect(light['--fg']).toBe('#000000');
    expect(dark['--fg']).toBe('#ffffff');
    expect(dark['--focus']).toBe('#ffd33d');
    expect(resolve(paletteCss(), 'dark', 'root')['--fg']).toBe('#e6edf3');
  });

  it('names the theme for a scheme and a contrast preference', () => {
    expect(themeName('light', false)).toBe('light');
    expect(themeName('dark', true)).toBe('dark-high-contrast');
  });

  it('mixes colours as CSS color-mix in sRGB does', () => {
    expect(mixColours('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(mixColours('#4e79a7', 0.14, '#ffffff')).toBe('#e6ecf3');
  });

  it('keeps text readable: at least 4.5:1 on the backgrounds it is drawn on', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const theme of THEME_NAMES) {
      const { page, canvas } = PALETTES[theme];
      for (const text of [page.fg, page.muted])
        for (const bg of [page.bg, page.surface, page.surface2])
          expect(contrast(text, bg), `${theme} ${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      for (const text of [canvas.fg, canvas.muted])
        for (const bg of [canvas.background, canvas.surface, canvas.nodeBg, canvas.proxyBg])
          expect(contrast(text, bg), `${theme} ${text} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      // Route labels are drawn in the route's colour on the label background.
      for (const text of [canvas.sameNode, canvas.sameZone, canvas.crossZone, canvas.unknownZone, canvas.drop])
        expect(contrast(text, canvas.labelBg), `${theme} ${text} on ${canvas.labelBg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the canvas stylesheet dashes each route kind as the export does', () => {
    const canvasCss = readFileSync('src/ui/canvas/canvas.css', 'utf8');
    for (const [kind, dashes] of Object.entries(ROUTE_DASHES)) {
      const declared = new RegExp(`\\.kt-route--${kind} \\.kt-route__line \\{\\s*stroke-dasharray: ([^;]+);`).exec(canvasCss)?.[1];
      expect(declared, kind).toBe(dashes);
    }
  });

  it('no stylesheet declares a colour token of its own: they all come from the palette', () => {
    const names = new Set(Object.keys(resolve(paletteCss(), 'dark', 'canvas')).concat(Object.keys(resolve(paletteCss(), 'dark', 'root'))));
    const cssFiles = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? cssFiles(path) : path.endsWith('.css') ? [path] : [];
      });
    for (const file of cssFiles('src')) {
      const declared = [...readFileSync(file, 'utf8').matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!).filter((n) => names.has(n));
      expect(declared, file).toEqual([]);
    }
  });
});
