/** Which files the editor opens in its large-file mode, and what it says about them. */
import { describe, expect, it } from 'vitest';
import {
  editorLanguageFor,
  largeFileLineTokens,
  largeFileNote,
  LARGE_FILE_CHARS,
  LARGE_YAML_LANGUAGE,
  YAML_LANGUAGE,
} from '../../../src/ui/editor/largeFile';

describe('editorLanguageFor', () => {
  it('keeps monaco-yaml’s language below 1 MiB and takes the large-file language from there on', () => {
    expect(LARGE_FILE_CHARS).toBe(1024 * 1024);
    expect(editorLanguageFor(0)).toBe(YAML_LANGUAGE);
    expect(editorLanguageFor(LARGE_FILE_CHARS - 1)).toBe(YAML_LANGUAGE);
    expect(editorLanguageFor(LARGE_FILE_CHARS)).toBe(LARGE_YAML_LANGUAGE);
    expect(editorLanguageFor(62_000_000)).toBe(LARGE_YAML_LANGUAGE);
    expect(LARGE_YAML_LANGUAGE).not.toBe(YAML_LANGUAGE);
  });

  it('says the size and what is off', () => {
    expect(largeFileNote(12.4 * 1024 * 1024)).toBe(
      'Large file (12.4 MiB): editing, find and undo work; schema completion and hover are off.',
    );
  });
});

describe('largeFileLineTokens', () => {
  const spans = (line: string) => {
    const tokens = largeFileLineTokens(line);
    return tokens.map((t, i) => [line.slice(t.startIndex, tokens[i + 1]?.startIndex ?? line.length), t.scopes]);
  };

  it('colours a block mapping’s key, after its indentation and a list entry’s dash', () => {
    expect(spans('apiVersion: v1')).toEqual([
      ['', ''],
      ['apiVersion', 'type'],
      [': v1', ''],
    ]);
    expect(spans('  - name: web')).toEqual([
      ['  - ', ''],
      ['name', 'type'],
      [': web', ''],
    ]);
    expect(spans('metadata:')).toEqual([
      ['', ''],
      ['metadata', 'type'],
      [':', ''],
    ]);
    expect(spans('    app.kubernetes.io/name: echo')).toEqual([
      ['    ', ''],
      ['app.kubernetes.io/name', 'type'],
      [': echo', ''],
    ]);
  });

  it('colours comments, and never a # inside quotes or a word', () => {
    expect(spans('# the echo app')).toEqual([
      ['', ''],
      ['# the echo app', 'comment'],
    ]);
    expect(spans('  port: 80 # http')).toEqual([
      ['  ', ''],
      ['port', 'type'],
      [': 80 ', ''],
      ['# http', 'comment'],
    ]);
    expect(spans('  image: "a #b" # c')).toEqual([
      ['  ', ''],
      ['image', 'type'],
      [': "a #b" ', ''],
      ['# c', 'comment'],
    ]);
    expect(spans('  url: http://x/#frag')).toEqual([
      ['  ', ''],
      ['url', 'type'],
      [': http://x/#frag', ''],
    ]);
  });

  it('leaves values, JSON lines and blank lines in the text’s colour', () => {
    expect(spans('{"kind": "Pod", "metadata": {"name": "p"}},')).toEqual([['{"kind": "Pod", "metadata": {"name": "p"}},', '']]);
    expect(spans('  - web')).toEqual([['  - web', '']]);
    expect(spans('   ')).toEqual([['   ', '']]);
    expect(spans('')).toEqual([['', '']]);
    expect(spans('  image: registry:5000/echo')).toEqual([
      ['  ', ''],
      ['image', 'type'],
      [': registry:5000/echo', ''],
    ]);
  });
});
