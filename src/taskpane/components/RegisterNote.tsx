import { Caption1, Link } from '@fluentui/react-components';
import type { RegisterOutcome } from '../hooks/useWorkbookWrite';
import { useStrings } from '../i18n';

/**
 * What a write did with the members register: the Medlemmar sheet it wrote for the officer to fill in
 * (or the file has), or where it read the register (with a link to it); then who still lacks invoice details.
 *
 * @example <RegisterNote register={{ readFrom: 'Medlemmar!A5:I13', missing: [] }} inExcel onShow={(sheet) => goToSheet(sheet)} />
 */
export function RegisterNote({ register, inExcel, onShow }: { register: RegisterOutcome; inExcel: boolean; onShow: (sheet: string) => void }) {
  const t = useStrings();
  const where = register.readFrom;
  // "'Mitt register'!A1:C9" → Mitt register (a Medlemmar sheet written now is in the list of sheets).
  const sheet = where?.slice(0, where.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'");
  const names = register.missing.map((m) => m.name).join(', ');
  return (
    <>
      <Caption1 block>{register.readFrom ? t.registerRead(register.readFrom) : inExcel ? t.registerWritten : t.registerInFile}</Caption1>
      <Caption1 block>{register.missing.length ? t.registerMissing(names, register.missing.length) : t.registerComplete}</Caption1>
      {inExcel && sheet && (
        <Link as="button" onClick={() => onShow(sheet)}>
          {t.showSheet(sheet)}
        </Link>
      )}
    </>
  );
}
