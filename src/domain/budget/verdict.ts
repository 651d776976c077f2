import { formatDateEn, formatDateSv, formatKronor, formatKronorEn } from '../format';
import { Message } from '../result';
import { BudgetCheck, ComparedFees } from './types';

/** The fees compared with, in words: "de beslutade avgifterna", "prognosen", "scenariots avgifter". */
export function feesInWords(kind: ComparedFees['kind']): Message {
  return kind === 'decided'
    ? { sv: 'de beslutade avgifterna', en: 'the decided fees' }
    : kind === 'forecast'
      ? { sv: 'prognosen för avgifterna', en: 'the forecast fees' }
      : { sv: 'scenariots avgifter', en: "the scenario's fees" };
}

/** "1 belopp kunde inte läsas (B12)": the cells to fix, in the verdict. */
function unreadIn(check: BudgetCheck, lang: 'sv' | 'en'): string {
  const n = check.unreadLines.length;
  const cells = check.unreadLines.map((l) => l.amountCell).join(', ');
  return lang === 'sv'
    ? `${n} belopp kunde inte läsas (${cells})`
    : `${n} ${n === 1 ? 'amount' : 'amounts'} could not be read (${cells})`;
}

/**
 * The whole check in words, for the report, the pane and the Budgetkontroll sheet: whether the budget
 * balances, which fee year and which amount column were read, and which fees — decided, prognos or
 * scenario, with the folkmängd's date — the fee line was compared with; or plainly that fees were not
 * compared.
 *
 * @example budgetVerdict(check).sv
 *   // → 'Budgeten för 2026 balanserar och kontrollen hittade inga fel. Beloppen är lästa ur kolumn D ”Budget 2026”.
 *   //    Avgiftsraden är jämförd med de beslutade avgifterna för 2026 (2 102 500 kr, folkmängd 31 december 2025).'
 */
export function budgetVerdict(check: BudgetCheck): Message {
  const y = check.feeYear;
  const head: Message = check.passed
    ? {
        sv: `Budgeten för ${y} balanserar och kontrollen hittade inga fel.`,
        en: `The budget for ${y} balances and the check found no errors.`,
      }
    : check.balanced
      ? {
          sv: `Budgeten för ${y} balanserar, men kontrollen hittade fel – se nedan.`,
          en: `The budget for ${y} balances, but the check found errors – see below.`,
        }
      : check.unreadLines.length > 0
        ? {
            sv: `Det går inte att avgöra om budgeten för ${y} balanserar: ${unreadIn(check, 'sv')} – rätta och kontrollera igen.`,
            en: `Whether the budget for ${y} balances cannot be told: ${unreadIn(check, 'en')} – fix and check again.`,
          }
        : {
            sv: `Budgeten för ${y} balanserar inte – se nedan.`,
            en: `The budget for ${y} does not balance – see below.`,
          };
  const column: Message | undefined = check.column
    ? {
        sv: ` Beloppen är lästa ur kolumn ${check.column.letter}${check.column.heading ? ` ”${check.column.heading}”` : ''}.`,
        en: ` The amounts were read from column ${check.column.letter}${check.column.heading ? ` "${check.column.heading}"` : ''}.`,
      }
    : undefined;
  const c = check.comparedWith;
  const fees: Message = c
    ? (() => {
        const words = feesInWords(c.kind);
        const date = c.populationDate
          ? {
              sv: `, folkmängd ${formatDateSv(c.populationDate)}`,
              en: `, population on ${formatDateEn(c.populationDate)}`,
            }
          : { sv: '', en: '' };
        return {
          sv: ` Avgiftsraden är jämförd med ${words.sv} för ${y} (${formatKronor(c.expectedOre)}${date.sv}${c.kind === 'forecast' ? ', en prognos – inte underlag för fakturor' : ''}).`,
          en: ` The fee line was compared with ${words.en} for ${y} (${formatKronorEn(c.expectedOre)}${date.en}${c.kind === 'forecast' ? ', a forecast – not a basis for invoices' : ''}).`,
        };
      })()
    : {
        sv: ' Avgifterna från kommunerna är inte jämförda med några beräknade avgifter: ingen folkmängd fanns att räkna dem på.',
        en: " The members' fees were not compared with any computed fees: there was no population to compute them on.",
      };
  return { sv: head.sv + (column?.sv ?? '') + fees.sv, en: head.en + (column?.en ?? '') + fees.en };
}
