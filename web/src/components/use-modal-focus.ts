import { useLayoutEffect, useRef } from 'preact/hooks';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * What a modal dialog owes the keyboard: focus moves into it when it opens, Tab and Shift+Tab stay
 * inside, Escape closes it (`onClose`), and focus returns to what opened it. Spread the returned
 * props on the element with role="dialog".
 */
export function useModalFocus(onClose: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  // layout effects: the focus moves as the dialog is drawn and comes back as it is removed, not a frame
  // later (a key pressed in between would otherwise go to the page behind)
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => opener?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };
  return { ref, onKeyDown };
}
