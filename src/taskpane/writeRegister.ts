import { fail, invoiceFieldEn, listed, Member, memberRegister, Message, ok, recipientInfo, Result } from '../domain';
import { memberRegisterFromCells } from '../data/memberRegisterFile';
import type { RegisterForWrite } from '../jobs/plan';
import type { RegisterInWorkbook } from '../workbook/excel/render';
import type { RangeValues } from '../workbook/excel/read';

/*
 * The members register of a write as the pane reads it from the workbook and tells the officer what
 * became of it; loaded with the first write, not with the first screen.
 */

/**
 * The members register from what the workbook holds (the Medlemmar table or sheet, as the officer
 * filled it in) over what is known for certain; every entry checked (orgnr check digit, Peppol-ID,
 * Botkyrka's "BK" + 8 digits). Without a Medlemmar sheet, what is known, and the sheet is to be written.
 *
 * @example registerForWrite(undefined, SODERTORN_MEMBERS) // ok({ register: (Huddinge's orgnr only), writeSheet: true })
 */
export function registerForWrite(
  inWorkbook: RegisterInWorkbook | undefined,
  members: readonly Member[],
): Result<RegisterForWrite> {
  const range = inWorkbook?.range;
  const given = range ? memberRegisterFromCells(range.values) : ok([]);
  const register = given.ok ? memberRegister(members, given.value) : given;
  if (!register.ok) {
    const where = range ? `${range.sheet}!${range.address}` : 'Medlemmar';
    return fail(
      register.error.code,
      `Medlemsregistret (${where}) används inte: ${register.error.message.sv} Rätta raden och skriv igen.`,
      `The members register (${where}) is not used: ${register.error.message.en} Correct the row and write again.`,
    );
  }
  return ok({ register: register.value, writeSheet: inWorkbook?.exists !== true });
}

/**
 * What a write did with the members register, in words (the pane shows them under what was written):
 * the Medlemmar sheet it wrote to fill in, or where the register was read (`sheet`, for a link to it);
 * then the recipients whose invoice still lacks details (the sender's own row, an internal transfer,
 * needs none).
 */
export interface RegisterOutcome {
  readonly lines: readonly Message[];
  /** The sheet the register was read from, e.g. "Medlemmar"; none when the write made it. */
  readonly sheet?: string;
}

/**
 * @example registerOutcome(SODERTORN_MEMBERS, { register: knownOnly, writeSheet: true }, { inExcel: true }).lines[1].sv
 * // "Fakturauppgifter saknas: Botkyrka, Haninge, … och Tyresö saknar fakturanamn, organisationsnummer, Peppol-ID, köparens referens och e-post för fakturor."
 */
export function registerOutcome(
  members: readonly Member[],
  registered: RegisterForWrite,
  where: { readonly inExcel: boolean; readonly readFrom?: Pick<RangeValues, 'sheet' | 'address'> },
): RegisterOutcome {
  const readFrom = registered.writeSheet ? undefined : where.readFrom;
  const at = readFrom && `${readFrom.sheet}!${readFrom.address}`;
  const first: Message = at
    ? {
        sv: `Fakturaunderlaget har uppgifterna från medlemsregistret ${at}.`,
        en: `The invoice basis has the details from the members register ${at}.`,
      }
    : where.inExcel
      ? {
          sv: 'Bladet Medlemmar är medlemsregistret för fakturorna. Fyll i fakturanamn, organisationsnummer, Peppol-ID, köparens referens och e-post där: nästa gång du skriver tar fakturaunderlaget uppgifterna därifrån. Bladet skrivs aldrig över.',
          en: 'The Medlemmar sheet is the members register for the invoices. Fill in the invoice name, organisation number, Peppol ID, buyer reference and e-mail there: the next time you write, the invoice basis takes the details from it. The sheet is never written over.',
        }
      : {
          sv: 'Arbetsboken har bladet Medlemmar, registret för fakturorna: fyll i det i Excel.',
          en: 'The workbook has the Medlemmar sheet, the register for the invoices: fill it in in Excel.',
        };
  // Each member by name with the fields it lacks; members that lack the same fields are named together.
  const groups = new Map<string, { names: string[]; fields: readonly string[] }>();
  for (const member of members) {
    const fields = recipientInfo(member.code, registered.register).missing;
    if (!fields.length) continue;
    const key = fields.join('|');
    const group = groups.get(key) ?? { names: [], fields };
    group.names.push(member.name);
    groups.set(key, group);
  }
  const lacking = [...groups.values()];
  const second: Message = !lacking.length
    ? { sv: 'Alla mottagare har sina fakturauppgifter.', en: 'Every recipient has its invoice details.' }
    : {
        sv: `Fakturauppgifter saknas: ${lacking.map((g) => `${listed(g.names, 'och')} saknar ${listed(g.fields, 'och')}`).join('; ')}.`,
        en: `Invoice details are missing: ${lacking.map((g) => `${listed(g.names, 'and')} ${g.names.length === 1 ? 'lacks' : 'lack'} ${listed(g.fields.map(invoiceFieldEn), 'and')}`).join('; ')}.`,
      };
  return { lines: [first, second], ...(readFrom ? { sheet: readFrom.sheet } : {}) };
}
