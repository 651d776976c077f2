import { fail, ok, Result } from './result';

/** Kommunkod: SCB's four-digit municipality code, always text with its leading zero. */
export type Kommunkod = string;

export interface Member {
  readonly code: Kommunkod;
  readonly name: string;
}

/** The eight members of Södertörnskommunernas samarbetskommitté (agreement 2010). */
export const SODERTORN_MEMBERS: readonly Member[] = [
  { code: '0127', name: 'Botkyrka' },
  { code: '0136', name: 'Haninge' },
  { code: '0126', name: 'Huddinge' },
  { code: '0140', name: 'Nykvarn' },
  { code: '0192', name: 'Nynäshamn' },
  { code: '0128', name: 'Salem' },
  { code: '0181', name: 'Södertälje' },
  { code: '0138', name: 'Tyresö' },
];

/** The municipality that invoices on the committee's behalf (§5, §8). */
export const INVOICING_MEMBER: Member = { code: '0126', name: 'Huddinge' };

/**
 * Reads a kommunkod from what a user or a file gives: "0127", 127 or "127" (Excel drops the leading
 * zero), " 0127 ". Swedish municipality codes are four digits, the first two being the county (01–25).
 */
export function parseKommunkod(input: unknown): Result<Kommunkod> {
  const text =
    typeof input === 'number' && Number.isInteger(input) && input >= 0
      ? String(input).padStart(4, '0')
      : typeof input === 'string'
        ? padLostZero(input.trim())
        : undefined;
  if (text === undefined || !/^\d{4}$/.test(text)) {
    return fail(
      'kommunkod-invalid',
      `”${String(input)}” är ingen kommunkod: en kommunkod har fyra siffror, till exempel 0127.`,
      `"${String(input)}" is not a municipality code: it has four digits, e.g. 0127.`,
    );
  }
  const county = Number(text.slice(0, 2));
  if (county < 1 || county > 25) {
    return fail(
      'kommunkod-invalid',
      `${text} är ingen kommunkod: de två första siffrorna är länskoden 01–25.`,
      `${text} is not a municipality code: the first two digits are the county code 01–25.`,
    );
  }
  return ok(text);
}

/** A CSV saved by Excel turns "0127" into "127": three digits can only be a code that lost its zero. */
const padLostZero = (text: string): string => (/^\d{3}$/.test(text) ? `0${text}` : text);

/** Checks a member list: at least one member, valid unique codes, a name for each. */
export function validateMembers(members: readonly { code: unknown; name: unknown }[]): Result<Member[]> {
  if (members.length === 0) {
    return fail('members-empty', 'Medlemslistan är tom.', 'The member list is empty.');
  }
  const seen = new Set<string>();
  const valid: Member[] = [];
  for (const [i, raw] of members.entries()) {
    const code = parseKommunkod(raw.code);
    if (!code.ok) return code;
    const name = typeof raw.name === 'string' ? raw.name.trim() : '';
    if (!name) {
      return fail(
        'member-name-missing',
        `Kommunen med kod ${code.value} (rad ${i + 1}) saknar namn.`,
        `The municipality with code ${code.value} (row ${i + 1}) has no name.`,
      );
    }
    if (seen.has(code.value)) {
      return fail(
        'member-duplicate',
        `Kommunkod ${code.value} (${name}) finns två gånger i medlemslistan.`,
        `Municipality code ${code.value} (${name}) appears twice in the member list.`,
      );
    }
    seen.add(code.value);
    valid.push({ code: code.value, name });
  }
  return ok(valid);
}

export const memberLabel = (m: Member): string => `${m.name} (${m.code})`;
