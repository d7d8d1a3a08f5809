import { useEffect, type RefObject } from 'react';

/** Shows the native <dialog> in `ref` as a modal while `open` holds, and closes it when it stops. */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, open: boolean): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [ref, open]);
}
