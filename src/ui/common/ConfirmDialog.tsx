/** A modal question before work is discarded (native <dialog>: focus trapped, Escape cancels). */
import { useRef } from 'react';
import { useModalDialog } from './useModalDialog';
import { useConfirm } from '../../state/confirmStore';

export function ConfirmDialog() {
  const question = useConfirm((s) => s.question);
  const settle = useConfirm((s) => s.settle);
  const dialog = useRef<HTMLDialogElement>(null);

  useModalDialog(dialog, Boolean(question));

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      data-testid="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault();
        settle(false);
      }}
    >
      {question && (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            settle(true);
          }}
        >
          <h2 id="confirm-title">{question.title}</h2>
          <p id="confirm-message">{question.message}</p>
          <div className="confirm-dialog__buttons">
            <button type="button" autoFocus onClick={() => settle(false)} data-testid="confirm-cancel">
              Cancel
            </button>
            <button type="submit" className="confirm-dialog__danger" data-testid="confirm-ok">
              {question.confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
