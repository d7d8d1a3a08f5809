import { describe, expect, it } from 'vitest';
import { embedSnippets, iframeSnippet, sensibleHeight } from '../../../src/io/embed/snippets';

describe('embed snippets', () => {
  const src = 'https://example.org/playground/?embed&view=split#v1.abc';

  it('gives a sandboxed iframe with a height', () => {
    const html = iframeSnippet(src, 560);
    expect(html).toContain('src="https://example.org/playground/?embed&amp;view=split#v1.abc"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin"');
    expect(html).toContain('height="560"');
  });

  it('escapes what could end the attribute', () => {
    expect(iframeSnippet('https://x.org/?a="><script>', 400)).toContain('src="https://x.org/?a=&quot;>&lt;script>"');
  });

  it('has notes for Hugo, Docusaurus and MkDocs; Docusaurus gets JSX', () => {
    const snippets = embedSnippets(src, sensibleHeight('canvas'));
    expect(snippets.map((s) => s.id)).toEqual(['iframe', 'hugo', 'docusaurus', 'mkdocs']);
    const docusaurus = snippets.find((s) => s.id === 'docusaurus')!;
    expect(docusaurus.code).toContain("style={{ border: '1px solid #ccc', borderRadius: 6 }} />");
    expect(snippets.find((s) => s.id === 'hugo')!.note).toContain('layouts/shortcodes/');
    for (const s of snippets) expect(s.code).toContain(`height="${sensibleHeight('canvas')}"`);
  });
});
