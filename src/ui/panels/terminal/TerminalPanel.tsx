/**
 * The in-page terminal: kubectl (and hit) against the live cluster. Its scrollback is plain text;
 * each answer is announced to screen readers. Changing commands land on the timeline.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from '../../../state';
import './terminal.css';
import { useTerminalInput } from './useTerminalInput';

export default function TerminalPanel() {
  const lines = useStore((s) => s.terminalLines);
  const [candidates, setCandidates] = useState<string[]>([]);
  const { value, onChange, onKeyDown } = useTerminalInput(setCandidates);
  const inputRef = useRef<HTMLInputElement>(null);
  const logRef = useRef<HTMLDivElement>(null);

  useEffect(() => inputRef.current?.focus(), []);
  useLayoutEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [lines, candidates]);

  return (
    <div
      className="terminal"
      data-testid="terminal"
      onMouseUp={() => {
        // A click anywhere focuses the prompt, unless it selected text to copy.
        if (!window.getSelection()?.toString()) inputRef.current?.focus();
      }}
    >
      <div className="terminal__log" ref={logRef} role="log" aria-live="polite" aria-label="Terminal output" data-testid="terminal-output">
        {lines.length === 0 && (
          <p className="terminal__welcome">
            Type help for the commands; try kubectl get pods -o wide, kubectl drain mnode-m03 or hit 40 echo-svc.
          </p>
        )}
        {lines.map((line) =>
          line.kind === 'input' ? (
            <pre key={line.id} className="terminal__line terminal__line--input">
              <span aria-hidden="true">$ </span>
              {line.text}
            </pre>
          ) : (
            <pre key={line.id} className={`terminal__line terminal__line--${line.kind}`}>
              {line.text}
            </pre>
          ),
        )}
        {candidates.length > 0 && (
          <pre className="terminal__line terminal__line--candidates" data-testid="terminal-candidates">
            {candidates.join('  ')}
          </pre>
        )}
      </div>
      <div className="terminal__prompt">
        <label htmlFor="terminal-input" className="terminal__sign">
          <span aria-hidden="true">$</span>
          <span className="visually-hidden">Command (Enter runs, arrow keys recall history, Tab completes)</span>
        </label>
        <input
          id="terminal-input"
          ref={inputRef}
          className="terminal__input"
          data-testid="terminal-input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
        />
      </div>
    </div>
  );
}
