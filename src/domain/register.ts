import { INVOICING_MEMBER, Kommunkod, Member } from './members';
import { fail, ok, Result } from './result';

/**
 * What the financial system needs to invoice a member, besides its code and name. Unknown fields stay
 * empty and the invoice basis says what is missing: an organisation number is never invented.
 */
export interface MemberInvoiceDetails {
  readonly code: Kommunkod;
  /** The name on the invoice, e.g. "Botkyrka kommun". */
  readonly invoiceName?: string;
  /** Organisationsnummer, NNNNNN-NNNN (checked with its Luhn check digit). */
  readonly orgnr?: string;
  /** Peppol participant id, for Swedish organisations "0007:" + the ten digits of the orgnr. */
  readonly peppolId?: string;
  /** The buyer reference the member requires on its invoices (Botkyrka: "BK" + 8 digits). */
  readonly buyerReference?: string;
  /** E-mail address for invoices. */
  readonly email?: string;
}

export type MemberRegister = ReadonlyMap<Kommunkod, MemberInvoiceDetails>;

/** What is known for certain (SPEC.md): Huddinge kommun 212000-0068, Peppol 0007:2120000068. */
export const KNOWN_INVOICE_DETAILS: readonly MemberInvoiceDetails[] = [
  { code: '0126', invoiceName: 'Huddinge kommun', orgnr: '212000-0068', peppolId: '0007:2120000068' },
];

/** Members whose buyer reference has a required form, with an example for the message. */
const REFERENCE_FORMS: Record<Kommunkod, { readonly pattern: RegExp; readonly sv: string; readonly en: string }> = {
  '0127': {
    pattern: /^BK\d{8}$/,
    sv: '”BK” följt av 8 siffror, till exempel BK12345678',
    en: '"BK" followed by 8 digits, e.g. BK12345678',
  },
};

/**
 * Luhn (modulus 10) check of a Swedish organisation number, as Bolagsverket and Skatteverket use it:
 * ten digits, the last the check digit over the first nine with weights 2, 1, 2, 1, ….
 *
 * @example parseOrgnr('212000-0068') // ok('212000-0068')
 * @example parseOrgnr('2120000069')  // fail: the check digit is wrong
 */
export function parseOrgnr(text: string): Result<string> {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) {
    return fail(
      'orgnr-invalid',
      `”${text}” är inget organisationsnummer: det har tio siffror, till exempel 212000-0068.`,
      `"${text}" is not an organisation number: it has ten digits, e.g. 212000-0068.`,
    );
  }
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) {
    return fail(
      'orgnr-check-digit',
      `Organisationsnumret ${text} har fel kontrollsiffra; skriv av det igen från fakturan eller Bolagsverket.`,
      `The organisation number ${text} has a wrong check digit; copy it again from an invoice or Bolagsverket.`,
    );
  }
  return ok(`${digits.slice(0, 6)}-${digits.slice(6)}`);
}

/** The Luhn check digit of a string of digits (weights 2, 1, 2, … from the left for nine digits). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * ((digits.length - i) % 2 === 1 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * Checks one member's invoice details: orgnr by its check digit, the Peppol id's form ("0007:" and
 * the orgnr's digits, where both are given), the buyer reference's required form, the e-mail's form.
 *
 * The member is named in a failure by its name where it is known ("Botkyrka (0127)"), else its code.
 *
 * @example checkInvoiceDetails({ code: '0127', buyerReference: 'BK1234' }, 'Botkyrka') // fail: 'Botkyrka (0127) kräver referensen som ”BK” följt av 8 siffror, …'
 */
export function checkInvoiceDetails(details: MemberInvoiceDetails, name?: string): Result<MemberInvoiceDetails> {
  const who = name ? `${name} (${details.code})` : `Kommun ${details.code}`;
  const whoEn = name ? `${name} (${details.code})` : `Municipality ${details.code}`;
  const clean = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
  let orgnr = clean(details.orgnr);
  if (orgnr !== undefined) {
    const parsed = parseOrgnr(orgnr);
    if (!parsed.ok)
      return fail(parsed.error.code, `${who}: ${parsed.error.message.sv}`, `${whoEn}: ${parsed.error.message.en}`);
    orgnr = parsed.value;
  }
  const peppolId = clean(details.peppolId);
  if (peppolId !== undefined) {
    const m = /^0007:(\d{10})$/.exec(peppolId);
    if (!m) {
      return fail(
        'peppol-invalid',
        `${who}: Peppol-ID ”${peppolId}” ska vara 0007: följt av organisationsnumrets tio siffror.`,
        `${whoEn}: the Peppol id "${peppolId}" must be 0007: followed by the ten digits of the organisation number.`,
      );
    }
    if (orgnr !== undefined && m[1] !== orgnr.replace('-', '')) {
      return fail(
        'peppol-orgnr-mismatch',
        `${who}: Peppol-ID ${peppolId} hör inte till organisationsnummer ${orgnr}.`,
        `${whoEn}: the Peppol id ${peppolId} does not belong to organisation number ${orgnr}.`,
      );
    }
  }
  const buyerReference = clean(details.buyerReference);
  const form = REFERENCE_FORMS[details.code];
  if (buyerReference !== undefined && form && !form.pattern.test(buyerReference)) {
    return fail(
      'buyer-reference-form',
      `${who} kräver referensen som ${form.sv}, inte ”${buyerReference}”.`,
      `${whoEn} requires the reference as ${form.en}, not "${buyerReference}".`,
    );
  }
  const email = clean(details.email);
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return fail(
      'email-invalid',
      `${who}: ”${email}” är ingen e-postadress.`,
      `${whoEn}: "${email}" is not an e-mail address.`,
    );
  }
  const invoiceName = clean(details.invoiceName);
  return ok({
    code: details.code,
    ...(invoiceName ? { invoiceName } : {}),
    ...(orgnr ? { orgnr } : {}),
    ...(peppolId ? { peppolId } : {}),
    ...(buyerReference ? { buyerReference } : {}),
    ...(email ? { email } : {}),
  });
}

/**
 * The register of the members: what the file gives, over what is known for certain (Huddinge's
 * orgnr and Peppol id), every entry checked.
 *
 * @example memberRegister(SODERTORN_MEMBERS, []).get('0126')?.orgnr // "212000-0068"
 */
export function memberRegister(
  members: readonly Member[],
  given: readonly MemberInvoiceDetails[],
): Result<MemberRegister> {
  const register = new Map<Kommunkod, MemberInvoiceDetails>();
  for (const m of members) {
    const known = KNOWN_INVOICE_DETAILS.find((k) => k.code === m.code);
    const fromFile = given.find((g) => g.code === m.code);
    const merged: MemberInvoiceDetails = { ...known, ...dropEmpty(fromFile), code: m.code };
    const checked = checkInvoiceDetails(merged, m.name);
    if (!checked.ok) return checked;
    register.set(m.code, checked.value);
  }
  return ok(register);
}

const dropEmpty = (d: MemberInvoiceDetails | undefined): Partial<MemberInvoiceDetails> =>
  Object.fromEntries(Object.entries(d ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));

/** The invoice fields in the order officers read them, with their Swedish and English names. */
export const INVOICE_FIELDS = [
  ['invoiceName', 'fakturanamn', 'invoice name'],
  ['orgnr', 'organisationsnummer', 'organisation number'],
  ['peppolId', 'Peppol-ID', 'Peppol ID'],
  ['buyerReference', 'köparens referens', 'buyer reference'],
  ['email', 'e-post för fakturor', 'invoice e-mail'],
] as const;

/** The English name of an invoice field named in Swedish: `invoiceFieldEn('Peppol-ID')` → 'Peppol ID'. */
export const invoiceFieldEn = (sv: string): string => INVOICE_FIELDS.find(([, name]) => name === sv)?.[2] ?? sv;

/**
 * What the invoice basis must say is missing for a member (never filled in by guessing).
 *
 * @example missingInvoiceFields({ code: '0127' }) // ['fakturanamn', 'organisationsnummer', 'Peppol-ID', 'köparens referens', 'e-post för fakturor']
 */
export const missingInvoiceFields = (d: MemberInvoiceDetails | undefined): string[] =>
  INVOICE_FIELDS.filter(([field]) => !d?.[field]).map(([, label]) => label);

/** The sender (Huddinge, which invoices for the committee) pays its own fee by an internal transfer. */
export const isInternalTransfer = (code: Kommunkod, senderCode: Kommunkod = INVOICING_MEMBER.code): boolean =>
  code === senderCode;

/** The text that marks the sender's own row in the invoice table and CSV. */
export const INTERNAL_TRANSFER = 'intern omföring';

/** What the invoice basis says about a recipient: its details, whether it is the sender's own row, what is missing. */
export interface RecipientInvoiceInfo {
  readonly details: MemberInvoiceDetails;
  readonly internal: boolean;
  /** The fields still missing (none for the internal transfer, which needs no external invoice). */
  readonly missing: readonly string[];
  /** One line for the invoice basis, e.g. "Saknas: organisationsnummer, Peppol-ID." */
  readonly note: string;
}

/**
 * @example recipientInfo('0126', register).note // "Intern omföring: avsändaren betalar sin egen avgift."
 * @example recipientInfo('0127', register).note // "Saknas: fakturanamn, organisationsnummer, …"
 */
export function recipientInfo(code: Kommunkod, register: MemberRegister | undefined): RecipientInvoiceInfo {
  const details = register?.get(code) ?? KNOWN_INVOICE_DETAILS.find((k) => k.code === code) ?? { code };
  if (isInternalTransfer(code)) {
    return {
      details,
      internal: true,
      missing: [],
      note: 'Intern omföring: avsändaren betalar sin egen avgift, ingen extern faktura.',
    };
  }
  const missing = missingInvoiceFields(details);
  return { details, internal: false, missing, note: missing.length ? `Saknas: ${missing.join(', ')}.` : '' };
}

/** The members register's columns on the invoice table and in the CSV, after the invoice's own. */
export const INVOICE_REGISTER_COLUMNS = [
  'Fakturanamn',
  'Organisationsnummer',
  'Peppol-ID',
  'Köparens referens',
  'E-post',
  'Intern omföring',
  'Saknas',
] as const;

/**
 * The invoice basis's columns, the same in the Fakturaunderlag sheet and the CSV for the financial
 * system: the invoice's own, then the members register's.
 */
export const INVOICE_HEADER: readonly string[] = [
  'Kommunkod',
  'Mottagare',
  'Avgiftsår',
  'Belopp',
  'Underlag',
  'Avsändare',
  'Förfallodag',
  'Referens',
  ...INVOICE_REGISTER_COLUMNS,
];

/**
 * A recipient's register fields in the order of INVOICE_REGISTER_COLUMNS: empty where unknown.
 *
 * @example invoiceRegisterFields('0126', undefined)
 * // ['Huddinge kommun', '212000-0068', '0007:2120000068', '', '', 'intern omföring', '']
 */
export function invoiceRegisterFields(code: Kommunkod, register: MemberRegister | undefined): string[] {
  const info = recipientInfo(code, register);
  const d = info.details;
  return [
    d.invoiceName ?? '',
    d.orgnr ?? '',
    d.peppolId ?? '',
    d.buyerReference ?? '',
    d.email ?? '',
    info.internal ? INTERNAL_TRANSFER : '',
    info.missing.join(', '),
  ];
}
