/** The toolbar's Embed button and its modal dialog (a native <dialog>: focus stays inside, Escape closes). */
import { lazy, Suspense, useRef, useState } from 'react';
import './embedDialog.css';

// Loaded when the dialog first opens: the first paint needs only the button.
const EmbedDialogBody = lazy(() => import('./EmbedDialog').then((m) => ({ default: m.EmbedDialogBody })));

export function EmbedButton() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
        data-testid="embed-button"
        title="Snippets to embed this playground in a documentation page"
      >
        Embed
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby="embed-dialog-title"
        onClose={() => setOpen(false)}
        data-testid="embed-dialog"
      >
        <div className="embed-dialog__head">
          <h2 id="embed-dialog-title">Embed this playground</h2>
          <button type="button" onClick={() => dialog.current?.close()} aria-label="Close">
            ×
          </button>
        </div>
        {open && (
          <Suspense fallback={<p role="status">Loading…</p>}>
            <EmbedDialogBody />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
