import { ReactNode } from 'react';
import { Message } from '../../domain';
import { useLang, useStrings } from '../i18n';
import { Notice } from './Notice';

/** An error in plain words, with what to do next (the message says it; an action may do it), announced at once. */
export function Problem({ message, actions }: { message: Message; actions?: ReactNode }) {
  const t = useStrings();
  const lang = useLang();
  return (
    <Notice intent="error" title={t.errorTitle} {...(actions ? { actions } : {})}>
      {message[lang]}
    </Notice>
  );
}
