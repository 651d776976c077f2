import { ReactNode } from 'react';
import { Message } from '../../domain';
import { Strings, useLang, useStrings } from '../i18n';
import { Notice } from './Notice';

/**
 * An error in plain words, announced at once: its title says what failed ("Bladen skrevs inte"), the
 * message why and what to do next (an action may do it).
 *
 * @example <Problem what="write" message={error.message} />
 */
export function Problem({
  what,
  message,
  actions,
}: {
  what: keyof Strings['failed'];
  message: Message;
  actions?: ReactNode;
}) {
  const t = useStrings();
  const lang = useLang();
  return (
    <Notice intent="error" title={t.failed[what]} {...(actions ? { actions } : {})}>
      {message[lang]}
    </Notice>
  );
}
