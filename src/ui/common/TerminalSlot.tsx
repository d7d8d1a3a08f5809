/**
 * The in-page terminal, for features that show it inside their own view (a tour step the learner
 * types): the shell provides the component, so features need not import the terminal's panel.
 */
import { createContext, useContext, type ReactNode } from 'react';

export const TerminalSlot = createContext<ReactNode>(null);

/** The terminal (an element) the shell provides, or null outside the playground's shell. */
export function useTerminalSlot(): ReactNode {
  return useContext(TerminalSlot);
}
