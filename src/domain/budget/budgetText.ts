import type { Allocation } from '../allocate';
import { formatDateEn, formatDateSv, formatInteger, formatIntegerEn, formatKronor, formatKronorEn } from '../format';
import type { PopulationSource } from '../population';
import type { Ore } from '../money';
import type { Message } from '../result';

/** One line of the budget as the plan prints it: its label as the officer wrote it, and its amount. */
export interface BudgetTextLine {
  readonly label: string;
  readonly amountOre: Ore;
}

export interface BudgetTextInput {
  /** The decided fees of the year, or their forecast (a budget text is never written for a what-if). */
  readonly allocation: Allocation;
  readonly revenues: readonly BudgetTextLine[];
  readonly costs: readonly BudgetTextLine[];
  /** The budget's own footnotes ("*Kostnaden baseras på …"), as written. */
  readonly notes?: readonly string[];
}

/** Section "Budget" of the verksamhetsplan, in parts a renderer lays out as text, Markdown or HTML. */
export interface BudgetText {
  readonly feeYear: number;
  readonly forecast: boolean;
  readonly heading: Message;
  /** The rate and its decision, the commitment, the population on its date and its total. */
  readonly paragraph: Message;
  readonly parts: readonly {
    readonly title: Message;
    readonly lines: readonly BudgetTextLine[];
    readonly sumOre: Ore;
  }[];
  readonly notes: readonly string[];
  /** Where the population comes from (SCB's table or the snapshot, and when). */
  readonly source: Message;
}

const rateSv = (ore: Ore) => (ore % 100 === 0 ? String(ore / 100) : (ore / 100).toFixed(2).replace('.', ','));
const rateEn = (ore: Ore) => (ore % 100 === 0 ? String(ore / 100) : (ore / 100).toFixed(2));

/**
 * Section 6 "Budget" of the plan, as the 2026 plan words it, with the year's own figures: the rate
 * and its decision, the population on its date and its total, then Intäkter and Kostnader with their
 * lines and Summa. A forecast says "Prognos" and the date of the figure it stands on.
 *
 * @example
 * budgetText({ allocation: decided2026, revenues: [{ label: 'Avgifter från kommunerna', amountOre: 210_250_000 }], costs }).paragraph.sv
 * // 'Kommunernas avgift för Södertörnssamarbetet är 4 kronor per invånare och år enligt beslut av Södertörns
 * //  samarbetskommitté 2017-02-02. Åtagandet bekräftas genom beslut om respektive kommuns budget för 2026.
 * //  Den 31 december 2025 var invånarantalet totalt 525 625 på Södertörn.'
 */
export function budgetText({ allocation: a, revenues, costs, notes = [] }: BudgetTextInput): BudgetText {
  const rule = a.rule;
  const rate =
    rule.kind === 'per-capita' && rule.decision
      ? {
          sv: `Kommunernas avgift för Södertörnssamarbetet är ${rateSv(rule.rateOre)} kronor per invånare och år enligt beslut av Södertörns samarbetskommitté ${rule.decision}.`,
          en: `The municipalities' fee for the Södertörn cooperation is SEK ${rateEn(rule.rateOre)} per inhabitant and year, as decided by the Södertörn cooperation committee on ${rule.decision}.`,
        }
      : {
          sv: `Kommunernas avgift för Södertörnssamarbetet är ${a.ruleDescription.sv}.`,
          en: `The municipalities' fee for the Södertörn cooperation is ${a.ruleDescription.en}.`,
        };
  const commitment = {
    sv: `Åtagandet bekräftas genom beslut om respektive kommuns budget för ${a.feeYear}.`,
    en: `The commitment is confirmed by each municipality's budget decision for ${a.feeYear}.`,
  };
  const population = a.forecast
    ? {
        sv: `Prognos: den ${formatDateSv(a.populationDate)} var invånarantalet totalt ${formatInteger(a.totalPopulation)} på Södertörn; avgifterna för ${a.feeYear} räknas på invånarantalet 31 december ${a.feeYear - 1}.`,
        en: `Forecast: on ${formatDateEn(a.populationDate)} the population of Södertörn was ${formatIntegerEn(a.totalPopulation)} in total; the fees for ${a.feeYear} are computed on the population of 31 December ${a.feeYear - 1}.`,
      }
    : {
        sv: `Den ${formatDateSv(a.populationDate)} var invånarantalet totalt ${formatInteger(a.totalPopulation)} på Södertörn.`,
        en: `On ${formatDateEn(a.populationDate)} the population of Södertörn was ${formatIntegerEn(a.totalPopulation)} in total.`,
      };
  const sum = (lines: readonly BudgetTextLine[]) => lines.reduce((s, l) => s + l.amountOre, 0);
  return {
    feeYear: a.feeYear,
    forecast: a.forecast !== undefined,
    heading: a.forecast
      ? { sv: `Budget ${a.feeYear} (prognos)`, en: `Budget ${a.feeYear} (forecast)` }
      : { sv: 'Budget', en: 'Budget' },
    paragraph: {
      sv: `${rate.sv} ${commitment.sv} ${population.sv}`,
      en: `${rate.en} ${commitment.en} ${population.en}`,
    },
    parts: [
      { title: { sv: 'Intäkter', en: 'Revenue' }, lines: revenues, sumOre: sum(revenues) },
      { title: { sv: 'Kostnader', en: 'Costs' }, lines: costs, sumOre: sum(costs) },
    ],
    notes,
    source: sourceOf(a.source),
  };
}

/** "Källa: SCB:s folkmängd 31 december (SCB TAB638). Ögonblicksbild 2026-02-21." in both languages. */
function sourceOf(source: PopulationSource): Message {
  const tables =
    source.tables?.length && !source.label.includes(source.tables[0]!) ? ` (SCB ${source.tables.join(', ')})` : '';
  const when = source.retrievedAt
    ? { sv: ` Hämtad ${source.retrievedAt.slice(0, 10)}.`, en: ` Retrieved ${source.retrievedAt.slice(0, 10)}.` }
    : source.snapshotDate
      ? { sv: ` Ögonblicksbild ${source.snapshotDate}.`, en: ` Snapshot ${source.snapshotDate}.` }
      : { sv: '', en: '' };
  return { sv: `Källa: ${source.label}${tables}.${when.sv}`, en: `Source: ${source.label}${tables}.${when.en}` };
}

/**
 * A budget's footnotes: the text cells that start with "*" (the plan's "*Kostnaden baseras på …"
 * under a line marked "Personalkostnader*").
 *
 * @example budgetFootnotes([['Personalkostnader*', 1_400_000], ['*Kostnaden baseras på …', '']]) // → ['*Kostnaden baseras på …']
 */
export const budgetFootnotes = (rows: readonly (readonly unknown[])[]): string[] =>
  rows.flatMap((row) =>
    row.filter((c): c is string => typeof c === 'string' && c.trim().startsWith('*')).map((c) => c.trim()),
  );

export type BudgetTextFormat = 'text' | 'md' | 'html';

/**
 * The budget text laid out: plain text a paragraph a line with blank lines between (as the plan
 * prints it), Markdown, or HTML with a real table that pastes into Word and Outlook as a table.
 *
 * @example budgetTextAs(text2026, 'text', 'sv').split('\n\n')[2] // 'Intäkter'
 */
export function budgetTextAs(t: BudgetText, format: BudgetTextFormat, lang: 'sv' | 'en'): string {
  const kr = (ore: Ore) => (lang === 'sv' ? formatKronor(ore) : formatKronorEn(ore));
  const total = lang === 'sv' ? 'Summa' : 'Total';
  if (format === 'text')
    return (
      [
        t.heading[lang],
        t.paragraph[lang],
        ...t.parts.flatMap((p) => [
          p.title[lang],
          ...p.lines.map((l) => `${l.label} ${kr(l.amountOre)}`),
          `${total} ${kr(p.sumOre)}`,
        ]),
        ...t.notes,
        t.source[lang],
      ].join('\n\n') + '\n'
    );
  if (format === 'md') {
    const cell = (s: string) => s.replace(/\|/g, '\\|');
    return (
      [
        `## ${t.heading[lang]}`,
        t.paragraph[lang],
        ...t.parts.map((p) =>
          [
            `| ${cell(p.title[lang])} | |`,
            '|:--|--:|',
            ...p.lines.map((l) => `| ${cell(l.label)} | ${kr(l.amountOre)} |`),
            `| **${total}** | **${kr(p.sumOre)}** |`,
          ].join('\n'),
        ),
        ...t.notes,
        `_${t.source[lang]}_`,
      ].join('\n\n') + '\n'
    );
  }
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const row = (label: string, amount: string, strong = false) => {
    const [a, b] = strong ? ['<b>', '</b>'] : ['', ''];
    return `<tr><td>${a}${esc(label)}${b}</td><td style="text-align:right">${a}${esc(amount)}${b}</td></tr>`;
  };
  return [
    `<h2>${esc(t.heading[lang])}</h2>`,
    `<p>${esc(t.paragraph[lang])}</p>`,
    '<table>',
    ...t.parts.flatMap((p) => [
      `<tr><th colspan="2" style="text-align:left">${esc(p.title[lang])}</th></tr>`,
      ...p.lines.map((l) => row(l.label, kr(l.amountOre))),
      row(total, kr(p.sumOre), true),
    ]),
    '</table>',
    ...t.notes.map((n) => `<p>${esc(n)}</p>`),
    `<p><i>${esc(t.source[lang])}</i></p>`,
  ].join('\n');
}
