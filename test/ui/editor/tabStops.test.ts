// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { isTypingKey, tabStopBeside } from '../../../src/ui/editor/tabStops';

it('finds the controls before and after the editor, skipping its own, disabled and untabbable ones', () => {
  document.body.innerHTML = `
    <button id="a">a</button>
    <div id="editor"><textarea id="inside"></textarea><div tabindex="0" id="inside2"></div></div>
    <button id="b" disabled>b</button>
    <div tabindex="-1" id="c"></div>
    <select id="d"></select>
    <a href="#x" id="e">e</a>`;
  const editor = document.getElementById('editor')!;
  const all = () => true;
  expect(tabStopBeside(editor, false, document, all)?.id).toBe('d');
  expect(tabStopBeside(editor, true, document, all)?.id).toBe('a');
  document.getElementById('a')!.remove();
  expect(tabStopBeside(editor, true, document, all)).toBeNull();
});

it('counts text-changing keys as typing, not moves or shortcuts', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });
  expect(isTypingKey(key('a'))).toBe(true);
  expect(isTypingKey(key(' '))).toBe(true);
  expect(isTypingKey(key('Backspace'))).toBe(true);
  expect(isTypingKey(key('Tab'))).toBe(false);
  expect(isTypingKey(key('ArrowDown'))).toBe(false);
  expect(isTypingKey(key('c', { ctrlKey: true }))).toBe(false);
  expect(isTypingKey(key('w', { altKey: true }))).toBe(false);
});
