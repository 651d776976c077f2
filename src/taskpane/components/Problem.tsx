import { Message } from '../../domain';
import { useLang, useStrings } from '../i18n';
import { Notice } from './Notice';

/** An error in plain words, with what to do next (the message says it), announced to screen readers. */
export function Problem({ message }: { message: Message }) {
  const t = useStrings();
  const lang = useLang();
  return (
    <Notice intent="error" title={t.errorTitle}>
      {message[lang]}
    </Notice>
  );
}
