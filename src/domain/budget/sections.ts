import { BudgetSection } from './types';

/**
 * The words of a budget's structure as officers write them. Each test is on a trimmed label.
 *
 * @example sectionOf('Intäkter:') // → 'revenue'
 * @example isSumma('S:a kostnader') // → true
 * @example isSubLine('varav lokaler') // → true
 */
const HEADINGS: Record<BudgetSection, RegExp> = {
  revenue: /^(intäkter|intakter|inkomster|budgeterade intäkter|verksamhetens intäkter)\s*:?$/i,
  cost: /^(kostnader|utgifter|budgeterade kostnader|verksamhetens kostnader)\s*:?$/i,
};

/** The part a heading opens, or undefined. */
export const sectionOf = (text: string): BudgetSection | undefined =>
  (Object.keys(HEADINGS) as BudgetSection[]).find((s) => HEADINGS[s].test(text.trim()));

/** "Summa", "Summa kostnader", "S:a intäkter", "Totalt", "Totala kostnader". */
export const isSumma = (label: string) => /^(summa|s:a|totalt?|totala)(?![a-zåäö])/i.test(label.trim());

/**
 * A subtotal inside a part ("Summa personalkostnader", "S:a lokaler"), not the part's Summa
 * ("Summa", "Summa kostnader", "Totala kostnader", "Summa verksamhetens intäkter").
 *
 * @example isSubtotal('Summa personalkostnader') // → true
 * @example isSubtotal('Summa kostnader')         // → false
 */
export function isSubtotal(label: string): boolean {
  const rest = label
    .trim()
    .replace(/^(summa|s:a|totala|totalt|total)/i, '')
    .replace(/[\d:.\-–()]/g, ' ')
    .trim();
  return (
    rest !== '' &&
    !/^(verksamhetens\s+|budgeterade\s+|totala\s+|alla\s+|samtliga\s+)?(intäkter|intakter|inkomster|kostnader|utgifter)(\s+(totalt|kr|kronor|tkr))?$/i.test(
      rest,
    )
  );
}

/** A result row below the budget ("Resultat", "Differens"): revenues − costs, not a line. */
export const isResultLabel = (label: string) =>
  /^(resultat|differens|skillnad|överskott|underskott|netto|balans)(?![a-zåäö])/i.test(label.trim());

/** "varav lokaler", "– därav hyra", "Varav: IT": a part of the line above, already in its amount. */
export const isSubLine = (label: string) =>
  /^[\s\-–—•*]*(varav|därav|varibland|inklusive|inkl\.)(?![a-zåäö])/i.test(label);

/** The members' fees ("Avgifter från kommunerna", "Kommunernas avgifter", "Medlemsavgifter"), not any fee such as "Deltagaravgifter". */
export const isFeeLine = (label: string) =>
  /avgift/i.test(label) && (/kommun|medlem/i.test(label) || /^avgift(er)?\W*$/i.test(label.trim()));

/** A column title beside a heading, never a line: "Konto", "Benämning", "Belopp", "Kommentar". */
export const isColumnTitle = (text: string) =>
  /^(konto(nummer|nr)?|kontonamn|ansvar|rad|post|budgetpost|benämning|text|beskrivning|belopp|kronor|kr|tkr|kommentar|not|anmärkning|specifikation)\s*:?$/i.test(
    text.trim(),
  );

export const SECTION_NAME: Record<BudgetSection, { sv: string; en: string }> = {
  revenue: { sv: 'Intäkter', en: 'Revenues' },
  cost: { sv: 'Kostnader', en: 'Costs' },
};
