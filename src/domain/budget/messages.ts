import { formatKronor, formatKronorEn } from '../format';
import { Ore } from '../money';
import { Message } from '../result';
import { BudgetSection, Severity } from './types';
import { SECTION_NAME } from './sections';

/**
 * The budget check's words, one builder per finding, Swedish and complete English. Amounts in text
 * are Swedish-formatted ("2 102 500 kr"), the English as English is written ("SEK 2,102,500").
 *
 * @example messages.summaDiffers('cost', 210250000, 205000000).sv // → 'Summa kostnader anges till 2 102 500 kr, men raderna summerar till 2 050 000 kr (52 500 kr mer).'
 */
const kr = (ore: Ore) => formatKronor(ore);
const en = (ore: Ore) => formatKronorEn(ore);
const q = (s: string) => `”${s}”`;
/**
 * A difference with its sign in words, never a minus before a deficit: `signed(5_000_00, MORE)` → "5 000 kr
 * mer", `signed(-5_000_00, MORE)` → "5 000 kr mindre". `ways` names the two sides.
 */
const signed = (ore: Ore, ways: Message & { readonly svLess: string; readonly enLess: string }): Message =>
  ore >= 0
    ? { sv: `${kr(ore)} ${ways.sv}`, en: `${en(ore)} ${ways.en}` }
    : { sv: `${kr(-ore)} ${ways.svLess}`, en: `${en(-ore)} ${ways.enLess}` };
const MORE = { sv: 'mer', en: 'more', svLess: 'mindre', enLess: 'less' };
const TOO_MUCH = { sv: 'för mycket', en: 'too much', svLess: 'för lite', enLess: 'too little' };
const qe = (s: string) => `"${s}"`;

/** The words for each severity: they differ in words, not only in colour. */
export const SEVERITY_WORD: Record<Severity, Message> = {
  error: { sv: 'Fel', en: 'Error' },
  warning: { sv: 'Varning', en: 'Warning' },
  info: { sv: 'Upplysning', en: 'Note' },
};

export const messages = {
  unread: (label: string, cell: string, reason: Message): Message => ({
    sv: `Raden ${q(label)} (${cell}): ${reason.sv}`,
    en: `The line ${qe(label)} (${cell}): ${reason.en}`,
  }),
  sectionRepeated: (label: string): Message => ({
    sv: `Rubriken ${q(label)} finns två gånger; raderna under båda räknas.`,
    en: `The heading ${qe(label)} appears twice; the lines under both are counted.`,
  }),
  lineAfterSumma: (label: string, section: BudgetSection): Message => ({
    sv: `Raden ${q(label)} står efter raden Summa i delen ${q(SECTION_NAME[section].sv)} och räknas inte med. Flytta upp den ovanför Summa om den hör till budgeten.`,
    en: `The line ${qe(label)} is below the Summa line of the ${qe(SECTION_NAME[section].sv)} part and is not counted. Move it above Summa if it belongs to the budget.`,
  }),
  duplicate: (label: string, first: string, second: string): Message => ({
    sv: `Raden ${q(label)} finns två gånger (${first} och ${second}); båda räknas med.`,
    en: `The line ${qe(label)} appears twice (${first} and ${second}); both are counted.`,
  }),
  subLine: (label: string, parent: string, amount: Ore): Message => ({
    sv: `${q(label)} (${kr(amount)}) är en del av raden ${q(parent)} ovanför och räknas inte en gång till.`,
    en: `${qe(label)} (${en(amount)}) is part of the line ${qe(parent)} above and is not counted again.`,
  }),
  subLinesExceed: (parent: string, parts: Ore, amount: Ore): Message => ({
    sv: `Varav-raderna under ${q(parent)} summerar till ${kr(parts)}, mer än radens ${kr(amount)}.`,
    en: `The "varav" lines under ${qe(parent)} sum to ${en(parts)}, more than the line's ${en(amount)}.`,
  }),
  subLineOrphan: (label: string): Message => ({
    sv: `${q(label)} är en varav-rad utan någon rad ovanför att höra till; den räknas inte.`,
    en: `${qe(label)} is a "varav" line with no line above it to belong to; it is not counted.`,
  }),
  costsNegated: (count: number): Message => ({
    sv: `Kostnaderna står med minustecken (${count} rader); de räknas som kostnader, utan tecknet. Det är inget överskott.`,
    en: `The costs are written with a minus sign (${count} lines); they are counted as costs, without the sign. That is not a surplus.`,
  }),
  revenuesNegated: (count: number): Message => ({
    sv: `Intäkterna står med minustecken (${count} rader), som i en export från ekonomisystemet; de räknas som intäkter, utan tecknet.`,
    en: `The revenues are written with a minus sign (${count} lines), as a financial system exports them; they are counted as revenues, without the sign.`,
  }),
  empty: (): Message => ({
    sv: 'Hittar ingen budget här: det behövs en rubrik ”Intäkter” och en rubrik ”Kostnader” med rader och belopp under, var och en avslutad med ”Summa”.',
    en: 'No budget found here: it needs an "Intäkter" heading and a "Kostnader" heading with lines and amounts, each ending with "Summa".',
  }),
  sectionMissing: (section: BudgetSection): Message => ({
    sv: `Budgeten saknar delen ${q(SECTION_NAME[section].sv)}.`,
    en: `The budget has no ${qe(SECTION_NAME[section].sv)} part (${SECTION_NAME[section].en}).`,
  }),
  subtotalDiffers: (label: string, stated: Ore, sum: Ore): Message => ({
    sv: `${q(label)} anges till ${kr(stated)}, men raderna ovanför summerar till ${kr(sum)} (${signed(stated - sum, MORE).sv}). Delsumman räknas inte; raderna gör det.`,
    en: `${qe(label)} is stated as ${en(stated)}, but the lines above sum to ${en(sum)} (${signed(stated - sum, MORE).en}). The subtotal is not counted; the lines are.`,
  }),
  summaMissing: (section: BudgetSection, sum: Ore): Message => ({
    sv: `Delen ${q(SECTION_NAME[section].sv)} har ingen rad ”Summa”; summan av raderna är ${kr(sum)}.`,
    en: `The ${qe(SECTION_NAME[section].sv)} part has no "Summa" line; its lines sum to ${en(sum)}.`,
  }),
  summaDiffers: (section: BudgetSection, stated: Ore, sum: Ore): Message => ({
    sv: `Summa ${SECTION_NAME[section].sv.toLowerCase()} anges till ${kr(stated)}, men raderna summerar till ${kr(sum)} (${signed(stated - sum, MORE).sv}).`,
    en: `${SECTION_NAME[section].en} are stated as ${en(stated)} but the lines sum to ${en(sum)} (${signed(stated - sum, MORE).en}).`,
  }),
  /** Amounts that could not be read decide nothing: whether the budget balances is open until they are fixed. */
  balanceUncertain: (revenues: Ore, costs: Ore, cells: readonly string[]): Message => {
    const n = cells.length;
    const where = cells.join(', ');
    return {
      sv: `Det går inte att avgöra om budgeten balanserar: ${n} belopp kunde inte läsas (${where}) – rätta ${n === 1 ? 'det' : 'dem'} och kontrollera igen. Bland de belopp som kunde läsas är intäkterna ${kr(revenues)} och kostnaderna ${kr(costs)}.`,
      en: `Whether the budget balances cannot be told: ${n} ${n === 1 ? 'amount' : 'amounts'} could not be read (${where}) – fix ${n === 1 ? 'it' : 'them'} and check again. Among the amounts that could be read, revenues are ${en(revenues)} and costs ${en(costs)}.`,
    };
  },
  balanced: (revenues: Ore, costs: Ore): Message => ({
    sv: `Budgeten balanserar: intäkter ${kr(revenues)} = kostnader ${kr(costs)}.`,
    en: `The budget balances: revenues ${en(revenues)} = costs ${en(costs)}.`,
  }),
  notBalanced: (revenues: Ore, costs: Ore): Message => {
    const diff = revenues - costs;
    // The sign in words: an underskott of 100 000 kr, never of −100 000 kr.
    return {
      sv: `Budgeten balanserar inte: intäkterna är ${kr(revenues)} och kostnaderna ${kr(costs)}, ${diff > 0 ? 'ett överskott' : 'ett underskott'} på ${kr(Math.abs(diff))}.`,
      en: `The budget does not balance: revenues ${en(revenues)}, costs ${en(costs)}, ${diff > 0 ? 'a surplus' : 'a deficit'} of ${en(Math.abs(diff))}.`,
    };
  },
  feeLineMissing: (expected: Ore, feeYear: number, fees: Message): Message => ({
    sv: `Hittar ingen intäktsrad för kommunernas avgifter (till exempel ”Avgifter från kommunerna”); ${fees.sv} är ${kr(expected)} för ${feeYear}.`,
    en: `No revenue line for the members' fees (e.g. "Avgifter från kommunerna"); ${fees.en} are ${en(expected)} for ${feeYear}.`,
  }),
  feeDiffers: (inBudget: Ore, expected: Ore, feeYear: number, fees: Message, population?: string): Message => ({
    sv: `Avgifterna från kommunerna är ${kr(inBudget)} i budgeten, men ${fees.sv} för ${feeYear} är ${kr(expected)}${population ? ` för ${population} invånare` : ''} (${signed(inBudget - expected, TOO_MUCH).sv}).`,
    en: `The members' fees are ${en(inBudget)} in the budget, but ${fees.en} for ${feeYear} are ${en(expected)} (${signed(inBudget - expected, TOO_MUCH).en}).`,
  }),
  column: (
    letter: string,
    heading: string | undefined,
    reason: 'fee-year' | 'only' | 'chosen',
    feeYear: number,
  ): Message => {
    const h = heading ? ` ${q(heading)}` : '';
    const he = heading ? ` ${qe(heading)}` : '';
    const why =
      reason === 'fee-year'
        ? { sv: `kolumnen för avgiftsåret ${feeYear}`, en: `the column for fee year ${feeYear}` }
        : reason === 'chosen'
          ? { sv: 'den valda kolumnen', en: 'the chosen column' }
          : { sv: 'den enda kolumnen med belopp', en: 'the only column with amounts' };
    return {
      sv: `Beloppen läses från kolumn ${letter}${h}, ${why.sv}.`,
      en: `The amounts are read from column ${letter}${he}, ${why.en}.`,
    };
  },
};
