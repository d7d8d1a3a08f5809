// @vitest-environment happy-dom
import { act, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import { useModalDialog } from '../../../src/ui/common/useModalDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Modal({ open }: { open: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useModalDialog(ref, open);
  return <dialog ref={ref}>question</dialog>;
}

test('opens the dialog as a modal while open holds, and closes it after', () => {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<Modal open={false} />));
  const dialog = host.querySelector('dialog')!;
  expect(dialog.open).toBe(false);
  act(() => root.render(<Modal open />));
  expect(dialog.open).toBe(true);
  act(() => root.render(<Modal open={false} />));
  expect(dialog.open).toBe(false);
  act(() => root.unmount());
  host.remove();
});
