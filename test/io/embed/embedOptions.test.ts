import { describe, expect, it } from 'vitest';
import { embedSearch, isEmbedSearch, parseEmbedOptions, parseOrigin } from '../../../src/io/embed/embedOptions';

describe('isEmbedSearch', () => {
  it.each([
    ['?embed', true],
    ['?embed=1', true],
    ['?view=canvas&embed', true],
    ['?embed=0', false],
    ['?embed=false', false],
    ['', false],
    ['?embedded', false],
  ])('%s → %s', (search, expected) => {
    expect(isEmbedSearch(search)).toBe(expected);
  });
});

describe('parseEmbedOptions', () => {
  it('reads every option', () => {
    const options = parseEmbedOptions(
      '?embed&view=split&controls=full&scenario=seed-demo&step=3&theme=dark&autoplay&id=left&origin=https://docs.example.org',
    );
    expect(options).toEqual({
      view: 'split',
      controls: 'full',
      scenario: 'seed-demo',
      step: 3,
      theme: 'dark',
      autoplay: true,
      id: 'left',
      origin: 'https://docs.example.org',
      hostBlocked: false,
      problems: [],
    });
  });

  it('has compact defaults', () => {
    expect(parseEmbedOptions('?embed')).toMatchObject({
      view: 'canvas',
      controls: 'minimal',
      scenario: null,
      step: null,
      theme: 'auto',
      autoplay: false,
      id: null,
      origin: null,
    });
  });

  it('falls back to the default of each bad value and says why', () => {
    const options = parseEmbedOptions('?embed&view=<script>&controls=all&theme=pink&step=-1&scenario=../../etc&autoplay=0');
    expect(options).toMatchObject({
      view: 'canvas',
      controls: 'minimal',
      theme: 'auto',
      step: null,
      scenario: null,
      autoplay: false,
    });
    expect(options.problems).toHaveLength(5);
    expect(options.problems[0]).toBe('view=<script> is not one of canvas, split, editor, compare; using canvas.');
  });

  it('switches host messages off when origin= is not an origin, instead of opening them to all', () => {
    for (const origin of ['*', 'docs.example.org', 'https://docs.example.org/path', 'javascript:alert(1)']) {
      const options = parseEmbedOptions(`?embed&origin=${encodeURIComponent(origin)}`);
      expect(options.origin).toBeNull();
      expect(options.hostBlocked).toBe(true);
    }
  });

  it('drops an id that is not a short word', () => {
    expect(parseEmbedOptions('?embed&id=<b>x</b>').id).toBeNull();
    expect(parseEmbedOptions(`?embed&id=${'a'.repeat(65)}`).id).toBeNull();
  });
});

describe('parseOrigin', () => {
  it('accepts exactly scheme://host[:port]', () => {
    expect(parseOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(parseOrigin('https://docs.example.org/')).toBeNull();
    expect(parseOrigin('ftp://example.org')).toBeNull();
  });
});

describe('embedSearch', () => {
  it('writes what parseEmbedOptions reads, leaving defaults out', () => {
    expect(embedSearch({ view: 'canvas', controls: 'minimal', theme: 'auto' })).toBe('?embed');
    const search = embedSearch({
      view: 'editor',
      controls: 'none',
      scenario: 'seed-demo',
      step: 2,
      theme: 'light',
      autoplay: true,
      id: 'a',
      origin: 'https://x.org',
    });
    expect(parseEmbedOptions(search)).toMatchObject({
      view: 'editor',
      controls: 'none',
      scenario: 'seed-demo',
      step: 2,
      theme: 'light',
      autoplay: true,
      id: 'a',
      origin: 'https://x.org',
      problems: [],
    });
  });
});
