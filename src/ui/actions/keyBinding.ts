/** Keyboard shortcuts: where a key works, how a key press matches it, and how people read it. */

/**
 * Where a shortcut works: anywhere on the page (the editor included), on a focused canvas box
 * (node, zone or pod), inside the timeline panel, in workshop mode (not while typing), or in the
 * editor (Monaco's own key, listed for people, not bound by us).
 */
export type ShortcutScope = 'page' | 'canvas-box' | 'timeline' | 'workshop' | 'editor';

export interface KeyBinding {
  scope: ShortcutScope;
  /** KeyboardEvent.code: the physical key, for Alt+letter (Alt changes `key` on macOS). */
  code?: string;
  /** KeyboardEvent.key (letters case-insensitive). */
  key?: string;
  alt?: boolean;
  shift?: boolean;
  /** Ctrl, or ⌘ on macOS. */
  mod?: boolean;
  /** Ctrl on every platform. */
  ctrl?: boolean;
}

export type KeyPress = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code' | 'key'>;

/** Does `event` press `binding`? Modifiers must match exactly. */
export function matchesBinding(binding: KeyBinding, event: KeyPress): boolean {
  if (!!binding.alt !== event.altKey || !!binding.shift !== event.shiftKey) return false;
  const ctrlOrMeta = event.ctrlKey || event.metaKey;
  if (binding.mod ? !ctrlOrMeta : binding.ctrl ? !event.ctrlKey || event.metaKey : ctrlOrMeta) return false;
  if (binding.code !== undefined) return event.code === binding.code;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return key === binding.key;
}

const KEY_WORDS: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  ContextMenu: '☰ (context-menu key)',
};

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const keyName = (binding: KeyBinding) => {
  if (binding.code) return binding.code.replace(/^Key/, '');
  const key = binding.key ?? '';
  return key.length === 1 ? key.toUpperCase() : (KEY_WORDS[key] ?? key);
};

/** As shown to people: "Alt+T", "Ctrl+S" (⌘S on macOS), "Shift+F10", "→". */
export function bindingLabel(binding: KeyBinding, mac = isMac()): string {
  const mods = [
    binding.mod ? (mac ? '⌘' : 'Ctrl+') : binding.ctrl ? 'Ctrl+' : '',
    binding.alt ? 'Alt+' : '',
    binding.shift ? 'Shift+' : '',
  ].join('');
  return `${mods}${keyName(binding)}`;
}

/** As the aria-keyshortcuts attribute wants it: "Alt+T", "Control+S", "ArrowLeft". */
export function ariaShortcut(binding: KeyBinding): string {
  const parts = [binding.mod || binding.ctrl ? 'Control' : '', binding.alt ? 'Alt' : '', binding.shift ? 'Shift' : ''].filter(Boolean);
  const key = binding.code ? binding.code.replace(/^Key/, '') : (binding.key ?? '');
  return [...parts, key.length === 1 ? key.toUpperCase() : key].join('+');
}
