import { INVOICE_REGISTER_COLUMNS, invoiceRegisterFields, Member, MemberRegister } from '../../domain';
import { withFittedWidths } from '../plan/columnWidths';
import { SheetPlan } from '../plan/plan';
import { createdLine, text } from './cells';

export const MEMBERS_SHEET_KEY = 'medlemmar';
/** The sheet's name and its table's: where the pane reads the register back. */
export const MEMBERS_SHEET_NAME = 'Medlemmar';

/**
 * The visible Medlemmar sheet: the members register as officers keep it, one row per member, every
 * field as text (an orgnr is never a number), empty where unknown, with what is missing and the
 * sender's own row marked intern omföring. As an Excel table, so it can be filled in and read back.
 *
 * @example membersSheet(SODERTORN_MEMBERS, register, '2026-02-25T10:00:00Z').name // "Medlemmar"
 */
export function membersSheet(
  members: readonly Member[],
  register: MemberRegister | undefined,
  generatedAt: string,
): SheetPlan {
  const header = ['Kommunkod', 'Kommun', ...INVOICE_REGISTER_COLUMNS].map((h) => text(h, 'header'));
  const rows = members.map((m) => [
    text(m.code),
    text(m.name),
    ...invoiceRegisterFields(m.code, register).map((v) => text(v)),
  ]);
  const first = 5;
  return withFittedWidths({
    key: MEMBERS_SHEET_KEY,
    name: MEMBERS_SHEET_NAME,
    blocks: [
      { at: 'A1', rows: [[text('Medlemmar – register för fakturering', 'title')]] },
      {
        at: 'A2',
        rows: [
          [
            text(
              'Tomma fält är okända och fylls i av kansliet; organisationsnummer kontrolleras med kontrollsiffran och hittas aldrig på. Botkyrka kräver referens ”BK” + 8 siffror.',
              'note',
            ),
          ],
          [text(createdLine(generatedAt), 'note')],
        ],
      },
      { at: `A${first}`, rows: [header, ...rows] },
    ],
    tables: [{ name: MEMBERS_SHEET_NAME, range: `A${first}:I${first + rows.length}`, style: 'TableStyleLight9' }],
    freezeRows: first,
    pageSetup: { orientation: 'landscape', fitToWidth: true },
  });
}
