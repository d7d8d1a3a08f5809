/** Which files the editor opens in its large-file mode, and what it says about them. */
import { describe, expect, it } from 'vitest';
import { editorLanguageFor, largeFileNote, LARGE_FILE_CHARS, LARGE_YAML_LANGUAGE, YAML_LANGUAGE } from '../../../src/ui/editor/largeFile';

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
