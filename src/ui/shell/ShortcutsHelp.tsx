import type { ShortcutScope } from '../actions/keyBinding';
import { ACTIONS, shortcutText } from '../actions/registry';

/** Where each group of keys works, in the order the help shows them. */
const SCOPES: readonly { scope: ShortcutScope; where: string }[] = [
  { scope: 'page', where: 'Anywhere' },
  { scope: 'editor', where: 'In the editor' },
  { scope: 'canvas-box', where: 'On a focused node, zone or pod' },
  { scope: 'timeline', where: 'In the timeline' },
  { scope: 'workshop', where: 'In workshop mode' },
];

/** The keyboard shortcuts: every key the action registry binds, by where it works. */
export function ShortcutsHelp() {
  return (
    <details className="shortcuts">
      <summary>Shortcuts</summary>
      <div className="shortcuts__popup">
        {SCOPES.map(({ scope, where }) => (
          <section key={scope} aria-label={where}>
            <h2 className="shortcuts__scope">{where}</h2>
            <dl>
              {ACTIONS.filter((a) => a.shortcuts.some((b) => b.scope === scope)).map((a) => (
                <div key={a.id} data-action={a.id}>
                  <dt>
                    <kbd>{shortcutText(a, scope)}</kbd>
                  </dt>
                  <dd>{a.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </details>
  );
}
