/** An action of the playground: what the toolbar buttons, menus and keyboard shortcuts perform. */
import type { StoreState } from '../../state';
import type { EventTarget } from '../../view/eventActions';
import type { KeyBinding } from './keyBinding';

/** What an action may need from where it was asked for. */
export interface ActionContext {
  /** The canvas box it acts on (canvas actions). */
  target?: EventTarget;
  /** The button or menu item that asked for it. */
  element?: HTMLElement;
  /** The item chosen, for an action that takes one (the example to load). */
  value?: string;
  /** Opens the events menu of `target` (the canvas's layer owns the menu). */
  openMenu?(): void;
}

export interface Action {
  id: string;
  /** What it does, as the shortcuts help and tooltips say it. */
  label: string;
  /** Its keys, each with where it works; the help lists them all. */
  shortcuts: readonly KeyBinding[];
  perform(context: ActionContext): unknown;
  /** Whether it can be performed now (a button is disabled, a key does nothing otherwise). */
  enabled?(state: StoreState, context: ActionContext): boolean;
  /** For toggles: whether it is on (a button's aria-pressed). */
  checked?(state: StoreState): boolean;
}
