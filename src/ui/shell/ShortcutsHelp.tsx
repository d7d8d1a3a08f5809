import { CANVAS_EVENT_KEYS } from '../../view/eventActions';
import { COMMANDS } from '../actions/commands';

/** The keyboard shortcuts, read from the command registry. */
export function ShortcutsHelp() {
  return (
    <details className="shortcuts">
      <summary>Shortcuts</summary>
      <dl>
        {COMMANDS.map((c) => (
          <div key={c.id}>
            <dt>
              <kbd>{c.shortcut}</kbd>
            </dt>
            <dd>{c.label}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>Ctrl+M</kbd>
          </dt>
          <dd>In the editor: let Tab move focus instead of indenting</dd>
        </div>
        {CANVAS_EVENT_KEYS.map((k) => (
          <div key={k.keys}>
            <dt>
              <kbd>{k.keys}</kbd>
            </dt>
            <dd>{k.what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
