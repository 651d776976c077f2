import { cellAddress, parseCell } from '../a1';
import { formatInteger, formatKronor } from '../format';
import { Ore } from '../money';
import { Message } from '../result';
import { AmountUnit, amountUnitIn, parseAmount } from './amount';

export type Severity = 'error' | 'warning' | 'info';

export interface BudgetFinding {
  readonly severity: Severity;
  readonly code: string;
  /** Address of the cell the finding is about, e.g. "B7". */
  readonly cell?: string;
  readonly message: Message;
}

export type BudgetSection = 'revenue' | 'cost';

export interface BudgetLine {
  readonly section: BudgetSection;
  readonly label: string;
  readonly amountOre: Ore;
  readonly labelCell: string;
  readonly amountCell: string;
  /** The revenue line "Avgifter från kommunerna". */
  readonly isFeeRevenue: boolean;
  /** The cell holds a number in kronor (not text such as "52 500 kr", not tkr), so a formula may link to it. */
  readonly amountIsNumber: boolean;
}

export interface SectionTotal {
  readonly section: BudgetSection;
  readonly headingCell: string;
  readonly sumOre: Ore;
  readonly statedOre?: Ore;
  readonly statedCell?: string;
  readonly statedIsNumber?: boolean;
}

export interface BudgetCheck {
  /** Revenues equal costs, with both parts present and every line's amount read. */
  readonly balanced: boolean;
  /** Balanced and no error found: what the committee can approve (the command line's exit 0). */
  readonly passed: boolean;
  readonly revenuesOre: Ore;
  readonly costsOre: Ore;
  /** Revenues − costs: positive a surplus, negative a deficit. */
  readonly differenceOre: Ore;
  readonly feeRevenueOre?: Ore;
  readonly expectedFeeRevenueOre?: Ore;
  readonly statedPopulation?: number;
  readonly lines: readonly BudgetLine[];
  readonly totals: readonly SectionTotal[];
  readonly findings: readonly BudgetFinding[];
}

export interface BudgetCheckOptions {
  readonly feeYear: number;
  /** The fees the rules give for the fee year (rate × population). */
  readonly expectedFeeRevenueOre?: number;
  /** Total folkmängd the fees are computed on, to compare with a total stated in the text. */
  readonly populationTotal?: number;
  /** The year-end of that folkmängd (31 December), to compare with a date stated beside the total. */
  readonly populationYear?: number;
  /** Address of cells[0][0] in the sheet, "A1" by default. */
  readonly origin?: string;
}

const HEADINGS: Record<BudgetSection, RegExp> = {
  revenue: /^(intäkter|intakter|inkomster)\s*:?$/i,
  cost: /^(kostnader|utgifter)\s*:?$/i,
};
const sectionOf = (text: string) => (Object.keys(HEADINGS) as BudgetSection[]).find((s) => HEADINGS[s].test(text));
/** "Summa", "Summa kostnader", "S:a intäkter", "Totalt", "Totala kostnader". */
const SUMMA = /^(summa|s:a|totalt?|totala)(?![a-zåäö])/i;
/** The members' fees ("Avgifter från kommunerna", "Kommunernas avgifter", "Medlemsavgifter"), not any fee such as "Deltagaravgifter". */
const isFeeLine = (label: string) => /avgift/i.test(label) && (/kommun|medlem/i.test(label) || /^avgift(er)?\W*$/i.test(label.trim()));
/** Labels of a result row below the budget ("Resultat", "Differens"): not a line that was left out. */
const RESULT_LABEL = /^(resultat|differens|skillnad|överskott|underskott|netto|balans)(?![a-zåäö])/i;
/**
 * A total population stated in the text: "Den 31 december 2025 var invånarantalet totalt 525 625",
 * "invånarantalet den 31 december 2025 var 525 625", "totalt 525 625 invånare". Not "Huddinge har
 * 115 000 invånare", a member's own figure.
 */
const NUMBER = '(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)(?![\\d])';
const POPULATION = [
  new RegExp(`invånarantal\\w*\\s+(?:den\\s+31\\s+december\\s+\\d{4}\\s+)?(?:var\\s+|uppgick\\s+till\\s+)?(?:totalt\\s+|sammanlagt\\s+)?(?:var\\s+)?${NUMBER}(?!\\s*(?:var|kr|kronor)\\b)`, 'i'),
  new RegExp(`(?:totalt|sammanlagt)\\s+${NUMBER}\\s+invånare`, 'i'),
];
/** A label and an amount in one cell, as when the budget is pasted as text: "Möten 100 000 kr". */
const LABEL_AND_AMOUNT = /^(.*?[^\d\s\u00a0])\s+([-−–]?\s*\d[\d\s\u00a0\u202f.,]*(?:\s*(?:kr|tkr|mkr|kronor|:-))?)$/i;

interface Row {
  readonly label?: { text: string; cell: string };
  readonly amount?: { value: unknown; cell: string; column: number };
  readonly texts: { text: string; cell: string; column: number }[];
}

/** A note that all amounts are in tkr or mkr: "Belopp i tkr", "(tkr)", "Alla belopp i tusentals kronor". */
const UNIT_NOTE = /^\(?\s*((alla|samtliga)\s+)?(belopp\s+)?((anges\s+)?i\s+)?(tkr|mkr|mnkr|tusen(tal)?s?\s+kronor|miljoner\s+kronor)\s*\)?\.?$/i;

/**
 * Checks a budget as officers keep it (section 6 of the 2026 plan): an "Intäkter" part with lines and
 * a "Summa", a "Kostnader" part with lines and a "Summa". Takes the cells exactly as Excel returns
 * them for a range (numbers, text, booleans, "" for empty) and reports each finding with its cell.
 */
export function checkBudget(cells: readonly (readonly unknown[])[], options: BudgetCheckOptions): BudgetCheck {
  const origin = parseCell((options.origin ?? 'A1').split(':')[0]!);
  const address = (r: number, c: number) => cellAddress(origin.row + r, origin.column + c);
  const rows = cells.map((row, r) => readRow(row, r, address));
  const findings: BudgetFinding[] = [];
  const lines: BudgetLine[] = [];
  const totals: SectionTotal[] = [];
  const kr = (ore: Ore) => formatKronor(ore);

  let statedPopulation: number | undefined;
  let unreadLineAmounts = 0;
  let section: BudgetSection | undefined;
  let current: { section: BudgetSection; headingCell: string; firstLine: number; stated?: { ore: Ore; cell: string; isNumber: boolean }; closed: boolean } | undefined;
  const close = () => {
    if (!current) return;
    // A part's Summa covers the lines under its own heading (a heading may come twice).
    const sumOre = lines.slice(current.firstLine).reduce((s, l) => s + l.amountOre, 0);
    totals.push({ section: current.section, headingCell: current.headingCell, sumOre, ...(current.stated ? { statedOre: current.stated.ore, statedCell: current.stated.cell, statedIsNumber: current.stated.isNumber } : {}) });
  };

  // Amounts kept in tkr or mkr: a column heading ("Belopp, tkr") or a note ("Belopp i tkr") says so.
  const columnUnits = new Map<number, AmountUnit>();
  let unitForAll: AmountUnit | undefined;
  const unitOf = (column: number): AmountUnit => columnUnits.get(column) ?? unitForAll ?? 'kr';

  for (const row of rows) {
    for (const t of row.texts) {
      const unit = amountUnitIn(t.text);
      if (!unit || t.text.length > 40 || parseAmount(t.text).kind === 'amount') continue;
      const wholeBudget = row.texts.length === 1 && !row.amount && UNIT_NOTE.test(t.text.trim());
      if (!wholeBudget && row.texts.length === 1) continue;
      if (wholeBudget) unitForAll = unit;
      else columnUnits.set(t.column, unit);
      const where = wholeBudget ? 'Beloppen' : `Beloppen i kolumn ${t.cell.replace(/\d+$/, '')}`;
      const whereEn = wholeBudget ? 'The amounts' : `The amounts in column ${t.cell.replace(/\d+$/, '')}`;
      const [sv, en] = unit === 'tkr' ? ['tusentals kronor (tkr)', 'thousands of kronor (tkr)'] : ['miljoner kronor (mkr)', 'millions of kronor (mkr)'];
      findings.push({ severity: 'info', code: 'amount-unit', cell: t.cell, message: { sv: `${where} läses i ${sv}, som ”${t.text.trim()}” anger.`, en: `${whereEn} are read in ${en}, as "${t.text.trim()}" says.` } });
    }
    const label = row.label?.text ?? '';
    // A heading may have column titles beside it ("Konto | Intäkter | Belopp"), never an amount.
    const headingText = row.texts.map((t) => ({ ...t, text: t.text.trim() })).find((t) => sectionOf(t.text) !== undefined);
    const heading = headingText && sectionOf(headingText.text);
    if (heading && headingText && (!row.amount || parseAmount(row.amount.value).kind === 'unreadable')) {
      const label = headingText.text;
      if (totals.some((t) => t.section === heading) || current?.section === heading) {
        findings.push({ severity: 'warning', code: 'section-repeated', cell: headingText.cell, message: { sv: `Rubriken ”${label}” finns två gånger; raderna under båda räknas.`, en: `The heading "${label}" appears twice; the lines under both are counted.` } });
      }
      close();
      section = heading;
      current = { section: heading, headingCell: headingText.cell, firstLine: lines.length, closed: false };
      continue;
    }
    for (const t of row.texts) {
      const m = POPULATION.map((p) => p.exec(t.text)).find((x) => x !== null);
      if (!m) continue;
      const stated = Number(m[1]!.replace(/\D/g, ''));
      statedPopulation ??= stated;
      const statedYear = /31\s+december\s+(\d{4})/i.exec(t.text)?.[1];
      const dataYear = options.populationYear;
      const wrongDate = statedYear !== undefined && dataYear !== undefined && Number(statedYear) !== dataYear;
      const on = (year: string | number | undefined) => (year === undefined ? '' : ` den 31 december ${year}`);
      if (options.populationTotal !== undefined && stated !== options.populationTotal) {
        findings.push({ severity: 'error', code: 'population-differs', cell: t.cell, message: { sv: `Texten anger ${formatInteger(stated)} invånare${on(statedYear)}, men folkmängden som avgifterna för ${options.feeYear} räknas på är ${formatInteger(options.populationTotal)}${on(dataYear)} (skillnad ${formatInteger(stated - options.populationTotal)}). Rätta texten.`, en: `The text states ${stated} inhabitants${statedYear ? ` on 31 December ${statedYear}` : ''}, but the fees for ${options.feeYear} are computed on ${options.populationTotal}${dataYear ? ` on 31 December ${dataYear}` : ''} (difference ${stated - options.populationTotal}).` } });
      } else if (wrongDate) {
        findings.push({ severity: 'warning', code: 'population-date-differs', cell: t.cell, message: { sv: `Texten anger invånarantalet${on(statedYear)}, men avgifterna för ${options.feeYear} räknas på folkmängden${on(dataYear)}. Rätta datumet i texten.`, en: `The text gives the population on 31 December ${statedYear}, but the fees for ${options.feeYear} are computed on the population on 31 December ${dataYear}.` } });
      }
    }
    if (!section || !current || !row.amount) continue;

    const reading = parseAmount(row.amount.value, unitOf(row.amount.column));
    if (current.closed) {
      // An amount below a part's Summa is not counted; say so rather than drop it silently.
      if (reading.kind !== 'empty' && !RESULT_LABEL.test(label)) {
        const name = current.section === 'revenue' ? 'Intäkter' : 'Kostnader';
        findings.push({ severity: 'warning', code: 'line-after-summa', cell: row.amount.cell, message: { sv: `Raden ”${label || row.amount.cell}” står efter raden Summa i delen ”${name}” och räknas inte med. Flytta upp den ovanför Summa om den hör till budgeten.`, en: `The line "${label || row.amount.cell}" is below the Summa line of the "${name}" part and is not counted. Move it above Summa if it belongs to the budget.` } });
      }
      continue;
    }
    // "Resultat" is revenues − costs, not a line of the part it stands in.
    if (RESULT_LABEL.test(label)) continue;
    if (SUMMA.test(label)) {
      if (reading.kind === 'amount') current.stated = { ore: reading.ore, cell: row.amount.cell, isNumber: typeof row.amount.value === 'number' && unitOf(row.amount.column) === 'kr' };
      else if (reading.kind !== 'empty') findings.push(unreadableFinding(reading, row.amount.cell));
      current.closed = true;
      continue;
    }
    if (reading.kind === 'empty') continue;
    if (reading.kind !== 'amount') {
      findings.push(unreadableFinding(reading, row.amount.cell));
      unreadLineAmounts++;
      continue;
    }
    const name = label || '(utan text)';
    const twin = lines.find((l) => l.section === section && normalise(l.label) === normalise(name));
    if (twin) {
      findings.push({ severity: 'warning', code: 'duplicate-line', cell: row.label?.cell ?? row.amount.cell, message: { sv: `Raden ”${name}” finns två gånger (${twin.labelCell} och ${row.label?.cell ?? row.amount.cell}); båda räknas med.`, en: `The line "${name}" appears twice (${twin.labelCell} and ${row.label?.cell ?? row.amount.cell}); both are counted.` } });
    }
    lines.push({ section, label: name, amountOre: reading.ore, labelCell: row.label?.cell ?? row.amount.cell, amountCell: row.amount.cell, isFeeRevenue: section === 'revenue' && isFeeLine(name), amountIsNumber: typeof row.amount.value === 'number' && unitOf(row.amount.column) === 'kr' });
  }
  close();

  const revenue = totals.find((t) => t.section === 'revenue');
  const cost = totals.find((t) => t.section === 'cost');
  const revenuesOre = lines.filter((l) => l.section === 'revenue').reduce((s, l) => s + l.amountOre, 0);
  const costsOre = lines.filter((l) => l.section === 'cost').reduce((s, l) => s + l.amountOre, 0);
  const differenceOre = revenuesOre - costsOre;

  if (lines.length === 0) {
    findings.push({ severity: 'error', code: 'budget-empty', message: { sv: 'Hittar ingen budget här: det behövs en rubrik ”Intäkter” och en rubrik ”Kostnader” med rader och belopp under, var och en avslutad med ”Summa”.', en: 'No budget found here: it needs an "Intäkter" heading and a "Kostnader" heading with lines and amounts, each ending with "Summa".' } });
  } else {
    for (const [first, name, nameEn] of [[revenue, 'Intäkter', 'Revenues'], [cost, 'Kostnader', 'Costs']] as const) {
      if (!first) {
        findings.push({ severity: 'error', code: 'section-missing', message: { sv: `Budgeten saknar delen ”${name}”.`, en: `The budget has no "${name}" part (${nameEn}).` } });
        continue;
      }
      for (const total of totals.filter((t) => t.section === first.section)) {
        if (total.statedOre === undefined) {
          findings.push({ severity: 'warning', code: 'summa-missing', cell: total.headingCell, message: { sv: `Delen ”${name}” har ingen rad ”Summa”; summan av raderna är ${kr(total.sumOre)}.`, en: `The "${name}" part has no "Summa" line; its lines sum to ${total.sumOre / 100} kr.` } });
        } else if (total.statedOre !== total.sumOre) {
          const diff = total.statedOre - total.sumOre;
          findings.push({ severity: 'error', code: 'summa-differs', cell: total.statedCell, message: { sv: `Summa ${name.toLowerCase()} anges till ${kr(total.statedOre)}, men raderna summerar till ${kr(total.sumOre)} (skillnad ${kr(diff)}).`, en: `${nameEn} are stated as ${total.statedOre / 100} kr but the lines sum to ${total.sumOre / 100} kr (difference ${diff / 100} kr).` } });
        }
      }
    }
    if (revenue && cost) {
      const cell = cost.statedCell ?? revenue.statedCell;
      const unread = unreadLineAmounts === 0 ? { sv: '', en: '' } : { sv: ` bland de belopp som kunde läsas; ${formatInteger(unreadLineAmounts)} belopp kunde inte läsas – rätta ${unreadLineAmounts === 1 ? 'det' : 'dem'} och kontrollera igen`, en: ` among the amounts that could be read; ${unreadLineAmounts} could not be read – fix them and check again` };
      if (differenceOre === 0 && unreadLineAmounts > 0) {
        findings.push({ severity: 'warning', code: 'balance-uncertain', ...(cell ? { cell } : {}), message: { sv: `Intäkter och kostnader är lika, ${kr(revenuesOre)},${unread.sv}.`, en: `Revenues and costs are equal, ${revenuesOre / 100} kr,${unread.en}.` } });
      } else if (differenceOre === 0) {
        findings.push({ severity: 'info', code: 'balanced', ...(cell ? { cell } : {}), message: { sv: `Budgeten balanserar: intäkter ${kr(revenuesOre)} = kostnader ${kr(costsOre)}.`, en: `The budget balances: revenues ${revenuesOre / 100} kr = costs ${costsOre / 100} kr.` } });
      } else {
        const [sv, en] = differenceOre > 0 ? ['ett överskott', 'a surplus'] : ['ett underskott', 'a deficit'];
        findings.push({ severity: 'error', code: 'not-balanced', ...(cell ? { cell } : {}), message: { sv: `Budgeten balanserar inte: intäkterna är ${kr(revenuesOre)} och kostnaderna ${kr(costsOre)}, ${sv} på ${kr(differenceOre)}${unread.sv}.`, en: `The budget does not balance: revenues ${revenuesOre / 100} kr, costs ${costsOre / 100} kr, ${en} of ${differenceOre / 100} kr${unread.en}.` } });
      }
    }
  }

  const feeLines = lines.filter((l) => l.isFeeRevenue);
  const feeRevenueOre = feeLines.length ? feeLines.reduce((s, l) => s + l.amountOre, 0) : undefined;
  const expected = options.expectedFeeRevenueOre;
  if (expected !== undefined && lines.length) {
    if (feeRevenueOre === undefined) {
      findings.push({ severity: 'warning', code: 'fee-line-missing', ...(revenue ? { cell: revenue.headingCell } : {}), message: { sv: `Hittar ingen intäktsrad för kommunernas avgifter (till exempel ”Avgifter från kommunerna”); enligt reglerna blir de ${kr(expected)} för ${options.feeYear}.`, en: `No revenue line for the members' fees (e.g. "Avgifter från kommunerna"); by the rules they are ${expected / 100} kr for ${options.feeYear}.` } });
    } else if (feeRevenueOre !== expected) {
      const diff = feeRevenueOre - expected;
      findings.push({ severity: 'error', code: 'fee-revenue-differs', cell: feeLines[0]!.amountCell, message: { sv: `Avgifterna från kommunerna är ${kr(feeRevenueOre)} i budgeten, men reglerna för ${options.feeYear} ger ${kr(expected)}${options.populationTotal !== undefined ? ` för ${formatInteger(options.populationTotal)} invånare` : ''} (skillnad ${kr(diff)}).`, en: `The members' fees are ${feeRevenueOre / 100} kr in the budget, but the rules for ${options.feeYear} give ${expected / 100} kr (difference ${diff / 100} kr).` } });
    }
  }

  const hasError = findings.some((f) => f.severity === 'error');
  const balanced = lines.length > 0 && !!revenue && !!cost && differenceOre === 0 && unreadLineAmounts === 0;
  return {
    balanced,
    passed: balanced && !hasError,
    revenuesOre,
    costsOre,
    differenceOre,
    ...(feeRevenueOre !== undefined ? { feeRevenueOre } : {}),
    ...(expected !== undefined ? { expectedFeeRevenueOre: expected } : {}),
    ...(statedPopulation !== undefined ? { statedPopulation } : {}),
    lines,
    totals,
    findings: sortFindings(findings),
  };
}

/** One sentence for the whole check, for the report and the Budgetkontroll sheet. */
export function budgetVerdict(check: BudgetCheck): Message {
  if (check.passed) return { sv: 'Budgeten balanserar och kontrollen hittade inga fel.', en: 'The budget balances and the check found no errors.' };
  if (check.balanced) return { sv: 'Budgeten balanserar, men kontrollen hittade fel – se nedan.', en: 'The budget balances, but the check found errors – see below.' };
  return { sv: 'Budgeten balanserar inte – se nedan.', en: 'The budget does not balance – see below.' };
}

function readRow(row: readonly unknown[], r: number, address: (r: number, c: number) => string): Row {
  const texts: Row['texts'] = [];
  let label: Row['label'];
  let amount: Row['amount'];
  // A number left of the line's text is an account number or a code ("4010 | Personalkostnader |
  // 1 400 000"), not its amount; it is the amount only on a row without text.
  let leading: Row['amount'];
  row.forEach((value, c) => {
    if (value === '' || value === null || value === undefined) return;
    const cell = address(r, c);
    if (typeof value === 'string') {
      texts.push({ text: value, cell, column: c });
      if (!label) {
        label = { text: value.trim(), cell };
        return;
      }
    }
    if (label) amount ??= { value, cell, column: c };
    else leading ??= { value, cell, column: c };
  });
  if (!label && leading) amount = leading;
  // A pasted line holds both: "Möten 100 000 kr".
  if (label && !amount) {
    const m = LABEL_AND_AMOUNT.exec(label.text);
    if (m && parseAmount(m[2]).kind !== 'unreadable' && m[1]!.length <= 80) {
      const column = texts.find((t) => t.cell === label!.cell)!.column;
      return { label: { text: m[1]!.trim(), cell: label.cell }, amount: { value: m[2]!, cell: label.cell, column }, texts };
    }
  }
  return { ...(label ? { label } : {}), ...(amount ? { amount } : {}), texts };
}

function unreadableFinding(reading: ReturnType<typeof parseAmount>, cell: string): BudgetFinding {
  const reason = reading.kind === 'unreadable' || reading.kind === 'suspicious' ? reading.reason : { sv: 'Okänt värde.', en: 'Unknown value.' };
  return { severity: 'error', code: reading.kind === 'suspicious' ? 'amount-suspicious' : 'amount-unreadable', cell, message: reason };
}

const normalise = (label: string) => label.toLocaleLowerCase('sv').replace(/[^a-zåäö0-9]+/g, ' ').trim();

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const sortFindings = (findings: BudgetFinding[]) => findings.map((f, i) => ({ f, i })).sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i).map(({ f }) => f);
