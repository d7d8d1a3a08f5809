/** A button that performs a registry action: its keys in aria-keyshortcuts and the tooltip, disabled when the action is, pressed when it is on. */
import type { ReactNode } from 'react';
import { useStore } from '../../state';
import { actionById, ariaShortcuts, runAction, shortcutText } from './registry';

export function ActionButton({
  action: id,
  testId,
  className,
  title,
  children,
}: {
  action: string;
  testId?: string;
  className?: string;
  /** The tooltip, when the action's label is not the right words; its keys are added. */
  title?: string;
  /** The button's text (the action's label when absent). */
  children?: ReactNode;
}) {
  const action = actionById(id);
  const enabled = useStore((state) => action.enabled?.(state, {}) ?? true);
  const checked = useStore((state) => action.checked?.(state));
  const keys = shortcutText(action);
  return (
    <button
      type="button"
      className={className}
      onClick={(event) => runAction(action, { element: event.currentTarget })}
      disabled={!enabled}
      aria-pressed={checked}
      aria-keyshortcuts={ariaShortcuts(action)}
      title={keys ? `${title ?? action.label} (${keys})` : (title ?? action.label)}
      data-testid={testId}
      data-action={action.id}
    >
      {children ?? action.label}
    </button>
  );
}
