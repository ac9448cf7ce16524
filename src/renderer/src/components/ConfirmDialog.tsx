import { useId, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

// The app's one way to ask or warn (native confirm()/alert() are not used anywhere): call
// `confirmDialog(...)` or `alertDialog(...)` from any handler and await the answer; <DialogHost/>,
// mounted once by App, shows the questions one at a time in the app's own styled, accessible dialog.

export interface ConfirmOptions {
  title: string;
  /** The question or warning, one or two sentences. */
  message: ReactNode;
  /** Points listed under the message (e.g. the rules a drop would break). */
  details?: readonly string[];
  /** The button that says yes, in words that name the action ("Close Rina"); default "OK". */
  confirmLabel?: string;
  /** Default "Cancel". */
  cancelLabel?: string;
  /** The action destroys or overrides something: the button is red and the safe answer has the focus. */
  danger?: boolean;
}

export type AlertOptions = Pick<ConfirmOptions, 'title' | 'message' | 'details'> & { okLabel?: string };

interface Question extends ConfirmOptions {
  id: number;
  alert: boolean;
  answer: (yes: boolean) => void;
}

let queue: readonly Question[] = [];
let asked = 0;
const listeners = new Set<() => void>();
const publish = (next: readonly Question[]) => {
  queue = next;
  for (const listener of listeners) listener();
};

function ask(question: Omit<Question, 'answer' | 'id'>): Promise<boolean> {
  return new Promise((resolve) => {
    const entry: Question = {
      ...question,
      id: ++asked,
      answer: (yes) => {
        if (!queue.includes(entry)) return; // Escape reports both cancel and close: answer once
        publish(queue.filter((q) => q !== entry));
        resolve(yes);
      },
    };
    publish([...queue, entry]);
  });
}

/** Asks a yes/no question; resolves true only when the coordinator chose the confirm button. */
export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return ask({ ...options, alert: false });
}

/** Tells the coordinator something that needs acknowledging; resolves when the dialog is closed. */
export async function alertDialog({ okLabel, ...options }: AlertOptions): Promise<void> {
  await ask({ ...options, confirmLabel: okLabel, alert: true });
}

/** Shows the first waiting question. Mount once, near the app's root. */
export function DialogHost() {
  const { t } = useTranslation();
  const messageId = useId();
  const question = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => queue[0] ?? null,
  );
  if (!question) return null;
  const { title, message, details, confirmLabel, cancelLabel, danger, alert, answer } = question;
  return (
    <Dialog
      key={question.id}
      title={title}
      open
      role="alertdialog"
      describedBy={messageId}
      testId="confirm-dialog"
      onClose={() => answer(false)}
      footer={
        <>
          {!alert && (
            <button type="button" data-testid="dialog-cancel" data-autofocus={danger ? '' : undefined} onClick={() => answer(false)}>
              {cancelLabel ?? t('dialog.cancel')}
            </button>
          )}
          <button
            type="button"
            className={`primary${danger ? ' danger' : ''}`}
            data-testid="dialog-confirm"
            data-autofocus={danger && !alert ? undefined : ''}
            onClick={() => answer(true)}
          >
            {confirmLabel ?? t('dialog.ok')}
          </button>
        </>
      }
    >
      <div id={messageId}>
        <p>{message}</p>
        {details && details.length > 0 && (
          <ul className="violations">
            {details.map((detail) => <li key={detail}>{detail}</li>)}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
