import { describeAction } from '../../state/performAction';
import type { StepAction } from '../../scenarios/types';

const VERB = { command: 'Type', click: 'Click', toolbar: 'Toolbar', wait: 'Wait' } as const;

/** What a step does: terminal lines to type, clicks, toolbar settings, time to let pass. */
export function ActionList({ actions }: { actions: readonly StepAction[] }) {
  if (actions.length === 0) return null;
  return (
    <ol className="kt-actions" data-testid="step-actions">
      {actions.map((action, i) => {
        const { kind, text } = describeAction(action);
        return (
          <li key={i}>
            <span className="kt-actions__verb">{VERB[kind]}</span> {kind === 'command' ? <code>{text}</code> : text}
          </li>
        );
      })}
    </ol>
  );
}
