import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Message } from '../../domain';
import { useLang, useStrings } from '../i18n';
import { Notice } from './Notice';

export type SheetAnswer = 'replace' | 'version' | 'revision' | 'cancel';

/**
 * "Bladen finns redan": the add-in's own sheets are in the way, and only the user decides. Replacing
 * them in place is the first, primary answer (every formula and name pointing at them keeps working);
 * new versions beside them only when asked. The focus moves here, so the question is read out and the
 * answers are the next Tab; when it goes, the focus returns to the button that asked. A fastställd
 * year (`locked`) is a lock: it says when and by whom, and offers only a revision beside it, or cancel.
 */
export function SheetQuestion({
  names,
  locked,
  onAnswer,
}: {
  names: readonly string[];
  locked?: Message;
  onAnswer: (answer: SheetAnswer) => void;
}) {
  const t = useStrings();
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The button that asked keeps the focus while busy; after an answer that writes nothing
    // (Avbryt), the focus goes back to it instead of falling to the page with the question.
    const asker = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    box.current?.focus();
    return () => {
      setTimeout(() => {
        if (!document.activeElement || document.activeElement === document.body) asker?.focus();
      });
    };
  }, []);
  const listed = names.join(', ');
  return (
    <Notice
      ref={box}
      live={false}
      intent="warning"
      title={locked ? t.lockedTitle : t.askTitle(names.length)}
      actions={
        <>
          {locked ? (
            <Button appearance="primary" onClick={() => onAnswer('revision')}>
              {t.writeRevision}
            </Button>
          ) : (
            <>
              <Button appearance="primary" onClick={() => onAnswer('replace')}>
                {t.replace}
              </Button>
              <Button onClick={() => onAnswer('version')}>{t.newVersions(names.length)}</Button>
            </>
          )}
          <Button onClick={() => onAnswer('cancel')}>{t.cancel}</Button>
        </>
      }
    >
      {locked ? `${locked[lang]} ${t.lockedText(listed)}` : t.askText(listed, names.length)}
    </Notice>
  );
}
