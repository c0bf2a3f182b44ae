import { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';

let dialogs = 0;

/**
 * A modal dialog (the browser's own: Escape closes it, focus stays inside it), its title naming
 * it; focus goes back to what opened it when it closes.
 */
export function Dialog({ title, onClose, children, testid, wide }: {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  testid?: string;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useRef(`dialog-${++dialogs}`);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog ref={ref} class={wide ? 'dialog wide' : 'dialog'} aria-labelledby={id.current} data-testid={testid}
      onClose={onClose}>
      <div class="dialog-head">
        <h2 id={id.current}>{title}</h2>
        <button type="button" class="button secondary small" data-testid="dialog-close" aria-label={t('common.close')}
          onClick={() => ref.current?.close()}>✕</button>
      </div>
      <div class="dialog-body">{children}</div>
    </dialog>
  );
}
