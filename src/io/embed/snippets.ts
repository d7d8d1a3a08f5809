/**
 * Ready-to-paste snippets that embed the playground in a documentation page. The iframe needs
 * scripts and its own origin (module scripts and workers fail in an opaque origin), and nothing more.
 */
export interface EmbedSnippet {
  id: 'iframe' | 'hugo' | 'docusaurus' | 'mkdocs';
  title: string;
  /** Where the snippet goes, in the tool's own words. */
  note: string;
  code: string;
}

export const SANDBOX = 'allow-scripts allow-same-origin';

/** Height that shows a three-node cluster with its routes without scrolling. */
export function sensibleHeight(view: 'canvas' | 'split' | 'editor' | 'compare'): number {
  return view === 'canvas' ? 480 : view === 'compare' ? 420 : 560;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The plain `<iframe>` for `src` (already a full URL), `height` pixels high. */
export function iframeSnippet(src: string, height: number, title = 'Kube Traffic Playground'): string {
  return [
    `<iframe src="${escapeAttribute(src)}"`,
    `  title="${escapeAttribute(title)}"`,
    `  sandbox="${SANDBOX}"`,
    `  loading="lazy" width="100%" height="${height}"`,
    `  style="border: 1px solid #ccc; border-radius: 6px"></iframe>`,
  ].join('\n');
}

/** The iframe snippet and where to put it in Hugo, Docusaurus and MkDocs. */
export function embedSnippets(src: string, height: number): EmbedSnippet[] {
  const iframe = iframeSnippet(src, height);
  const jsxIframe = [
    `<iframe src="${escapeAttribute(src)}"`,
    `  title="Kube Traffic Playground"`,
    `  sandbox="${SANDBOX}"`,
    `  loading="lazy" width="100%" height="${height}"`,
    `  style={{ border: '1px solid #ccc', borderRadius: 6 }} />`,
  ].join('\n');
  return [
    {
      id: 'iframe',
      title: 'Plain HTML',
      note: 'Paste into any HTML page.',
      code: iframe,
    },
    {
      id: 'hugo',
      title: 'Hugo',
      note: 'Save as layouts/shortcodes/playground.html, then write {{< playground >}} in a page (Hugo does not render raw HTML in Markdown by default).',
      code: iframe,
    },
    {
      id: 'docusaurus',
      title: 'Docusaurus',
      note: 'MDX is JSX: paste into a .mdx page (style takes an object, the element closes itself).',
      code: jsxIframe,
    },
    {
      id: 'mkdocs',
      title: 'MkDocs',
      note: 'Python-Markdown passes block HTML through: paste it into the .md page with a blank line before and after.',
      code: iframe,
    },
  ];
}
