import { Caption1 } from '@fluentui/react-components';
import { SheetLink } from './SheetLink';
import { useLang, useStrings } from '../i18n';
import type { RegisterOutcome } from '../writeRegister';

/**
 * What a write did with the members register (its words come with the write, not the first screen),
 * with a link to the sheet it was read from.
 *
 * @example <RegisterNote register={{ lines: [{ sv: 'Fakturaunderlaget har …', en: '…' }], sheet: 'Medlemmar' }} onShow={goToSheet} />
 */
export function RegisterNote({ register, onShow }: { register: RegisterOutcome; onShow?: (sheet: string) => void }) {
  const t = useStrings();
  const lang = useLang();
  const { sheet } = register;
  return (
    <>
      {register.lines.map((line) => (
        <Caption1 block key={line.sv}>
          {line[lang]}
        </Caption1>
      ))}
      {onShow && sheet && (
        <SheetLink sheet={sheet} onShow={onShow}>
          {t.showSheet(sheet)}
        </SheetLink>
      )}
    </>
  );
}
