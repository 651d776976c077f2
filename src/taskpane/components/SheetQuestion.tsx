import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useStrings } from '../i18n';
import { Notice } from './Notice';

export type SheetAnswer = 'replace' | 'version' | 'cancel';

/**
 * "Bladen finns redan": the add-in's own sheets are in the way, and only the user decides whether they
 * are replaced. The focus moves here, so the question is read out and the answers are the next Tab.
 */
export function SheetQuestion({ names, onAnswer }: { names: readonly string[]; onAnswer: (answer: SheetAnswer) => void }) {
  const t = useStrings();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <Notice
      ref={box}
      live={false}
      intent="warning"
      title={t.askTitle(names.length)}
      actions={
        <>
          <Button appearance="primary" onClick={() => onAnswer('version')}>
            {t.newVersions(names.length)}
          </Button>
          <Button onClick={() => onAnswer('replace')}>{t.replace}</Button>
          <Button onClick={() => onAnswer('cancel')}>{t.cancel}</Button>
        </>
      }
    >
      {t.askText(names.join(', '), names.length)}
    </Notice>
  );
}
