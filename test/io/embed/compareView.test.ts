import { describe, expect, it } from 'vitest';
import { embedSearch, parseEmbedOptions } from '../../../src/io/embed/embedOptions';
import { sensibleHeight } from '../../../src/io/embed/snippets';

describe('the embed view=compare', () => {
  it('is read from the query string and written back into embed URLs', () => {
    expect(parseEmbedOptions('?embed&view=compare&scenario=prefersamezone-worth-it').view).toBe('compare');
    expect(embedSearch({ view: 'compare' })).toBe('?embed&view=compare');
    expect(sensibleHeight('compare')).toBe(420);
  });
});
