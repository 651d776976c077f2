import { forwardRef, ReactNode } from 'react';
import { Message } from '../../domain';
import { Strings, useLang, useStrings } from '../i18n';
import { Notice } from './Notice';

/**
 * An error in plain words, announced at once: its title says what failed ("Bladen skrevs inte"), the
 * message why and what to do next (an action may do it). Given a ref, the step can move the focus to it.
 *
 * @example <Problem what="write" message={error.message} />
 */
export const Problem = forwardRef<
  HTMLDivElement,
  { what: keyof Strings['failed']; message: Message; actions?: ReactNode }
>(function Problem({ what, message, actions }, ref) {
  const t = useStrings();
  const lang = useLang();
  return (
    <Notice ref={ref} intent="error" title={t.failed[what]} {...(actions ? { actions } : {})}>
      {message[lang]}
    </Notice>
  );
});
