/**
 * Keyboard focus order around the editor: while Tab moves focus (until the user types), Tab and
 * Shift+Tab in the editor go to the page's next or previous control instead of indenting.
 */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';

const shown = (el: HTMLElement) => el.getClientRects().length > 0;

/**
 * The control Tab (or Shift+Tab, `backwards`) reaches from inside `container`, skipping the
 * container's own controls and hidden ones; null when there is none that way.
 */
export function tabStopBeside(
  container: HTMLElement,
  backwards: boolean,
  root: ParentNode = document,
  isShown: (el: HTMLElement) => boolean = shown,
): HTMLElement | null {
  const stops = [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !container.contains(el) && isShown(el),
  );
  if (backwards) {
    const before = stops.filter((el) => el.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_FOLLOWING);
    return before[before.length - 1] ?? null;
  }
  return stops.find((el) => el.compareDocumentPosition(container) & Node.DOCUMENT_POSITION_PRECEDING) ?? null;
}

/** A key that edits the text (typing, Enter, Backspace, Delete), as opposed to moving around or a shortcut. */
export function isTypingKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key.length === 1 || event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete';
}
