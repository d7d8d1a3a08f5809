/** The prompt's keyboard: Enter runs, ↑/↓ walk the history, Tab completes, Ctrl+C drops the line, Ctrl+L clears. */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from '../../../state';
import { commonPrefix, complete, wordStart } from '../../../kubectl/complete';
import { terminalContext } from '../../../state/terminalContext';

export function useTerminalInput(onCandidates: (candidates: string[]) => void) {
  const [value, setValue] = useState('');
  // Position in the history while walking it with ↑/↓; null when editing a new line.
  const walk = useRef<{ index: number; draft: string } | null>(null);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const state = useStore.getState();
      const history = state.terminalHistory;
      if (event.key === 'Enter') {
        event.preventDefault();
        walk.current = null;
        onCandidates([]);
        void state.runTerminalCommand(value);
        setValue('');
      } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
        if (history.length === 0) return;
        event.preventDefault();
        const current = walk.current ?? { index: history.length, draft: value };
        const index = Math.max(0, Math.min(history.length, current.index + (event.key === 'ArrowUp' ? -1 : 1)));
        walk.current = { index, draft: current.draft };
        setValue(index === history.length ? current.draft : history[index]!);
      } else if (event.key === 'Tab' && !event.shiftKey && value.trim() !== '') {
        // On an empty line Tab moves focus on, so the prompt never traps the keyboard.
        event.preventDefault();
        const cursor = input.selectionStart ?? value.length;
        const candidates = complete(value, cursor, terminalContext(state));
        if (candidates.length === 0) return;
        const start = wordStart(value, cursor);
        const word = candidates.length === 1 ? `${candidates[0]} ` : commonPrefix(candidates);
        const next = value.slice(0, start) + word + value.slice(cursor);
        onCandidates(candidates.length > 1 ? candidates : []);
        // Only a changed line moves the caret; a deferred move on an unchanged line would land
        // on whatever the user selects or types next.
        if (next === value) return;
        setValue(next);
        requestAnimationFrame(() => input.setSelectionRange(start + word.length, start + word.length));
      } else if (event.key === 'c' && event.ctrlKey && input.selectionStart === input.selectionEnd) {
        event.preventDefault();
        walk.current = null;
        state.stopTerminalWatch();
        setValue('');
        onCandidates([]);
      } else if (event.key === 'l' && event.ctrlKey) {
        event.preventDefault();
        state.clearTerminal();
      }
    },
    [value, onCandidates],
  );

  const onChange = useCallback((next: string) => {
    walk.current = null;
    setValue(next);
  }, []);

  return { value, onChange, onKeyDown };
}
