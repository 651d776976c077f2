import { cellAddress, columnLetters, parseCell } from '../a1';
import { formatInteger } from '../format';
import { Ore } from '../money';
import { optional } from '../optional';
import { parseAmount } from './amount';
import { budgetYearDiffers, budgetYearOf } from './budgetYear';
import { chooseAmountColumn, isHeaderRow } from './columns';
import { messages } from './messages';
import { BudgetRow, readBudgetRow, RowCell } from './rows';
import { isFeeLine, isResultLabel, isSubLine, isSubtotal, isSumma, sectionOf } from './sections';
import { statedPopulationFinding, statedPopulationIn } from './statedPopulation';
import {
  BudgetCheck,
  BudgetCheckOptions,
  BudgetFinding,
  BudgetLine,
  BudgetSection,
  ComparedFees,
  SectionTotal,
  Severity,
  SubLine,
  UnreadLine,
} from './types';
import { findUnits } from './units';
import { feesInWords } from './verdict';

export * from './types';

/**
 * Checks a budget as officers keep it (section 6 of the 2026 plan, or their own sheet): an
 * "Intäkter" part with lines and a "Summa", a "Kostnader" part with lines and a "Summa". Takes the
 * cells exactly as Excel returns them for a range (numbers, text, booleans, "" for empty) and reports
 * each finding with its cell and its line. Reads the shapes budgets come in: several amount columns
 * (the fee year's is used, see chooseAmountColumn), account numbers left of the label, heading rows
 * with years, "varav" lines (never counted twice), amounts pasted into the label's cell, costs
 * written with a minus sign, notes under the budget.
 *
 * @example checkBudget([['Intäkter'], ['Avgifter från kommunerna', 2102500], ['Summa', 2102500],
 *                       ['Kostnader'], ['Personal', 2102500], ['Summa', 2102500]], { feeYear: 2026 })
 *   // → { balanced: true, passed: true, revenuesOre: 210250000, costsOre: 210250000, … }
 */
/**
 * A sentence wrapped across rows as a PDF pastes it: "… totalt 525" above "625 på Södertörn." is one
 * text "… totalt 525 625 på Södertörn." when the first ends in a number and the next begins with a
 * group of three digits; any other text is itself.
 *
 * @example wrappedText('invånarantalet totalt 525', readBudgetRow(['625 på Södertörn.'], 1, addr)) // 'invånarantalet totalt 525 625 på Södertörn.'
 */
function wrappedText(text: string, next: BudgetRow | undefined): string {
  const continuation = next?.texts[0]?.text.trim();
  return continuation && /\d$/.test(text.trim()) && /^\d{3}(?!\d)/.test(continuation)
    ? `${text.trim()} ${continuation}`
    : text;
}

/** Longer than any budget line's label or amount: such a text is read by its beginning only. */
export const MAX_CELL_TEXT = 1_000;

/** A row whose long texts are cut (with "…") before they are parsed: a 1 MB cell costs what 1 000 characters cost. */
const boundedTexts = (row: readonly unknown[]): readonly unknown[] =>
  row.some((v) => typeof v === 'string' && v.length > MAX_CELL_TEXT)
    ? row.map((v) => (typeof v === 'string' && v.length > MAX_CELL_TEXT ? `${v.slice(0, MAX_CELL_TEXT)}…` : v))
    : row;

export function checkBudget(cells: readonly (readonly unknown[])[], options: BudgetCheckOptions): BudgetCheck {
  const origin = parseCell((options.origin ?? 'A1').split(':')[0]!);
  const address = (r: number, c: number) => cellAddress(origin.row + r, origin.column + c);
  const letterOf = (c: number) => columnLetters(origin.column + c);
  const columnOf = (letter: string) => parseCell(`${letter}1`).column - origin.column;
  const rows = cells.map((row, r) => readBudgetRow(boundedTexts(row), r, address));
  const fees = comparedFees(options);
  const findings: BudgetFinding[] = [];
  const lines: BudgetLine[] = [];
  const unreadLines: UnreadLine[] = [];
  const subLines: SubLine[] = [];

  const choice = chooseAmountColumn(rows, options.feeYear, options.column, letterOf, columnOf);
  if (choice.kind === 'ask') {
    return result(options, fees, {
      lines,
      unreadLines,
      subLines,
      totals: [],
      findings: [{ severity: 'error', code: 'column-ambiguous', message: choice.message }],
      columnChoices: choice.columns,
    });
  }
  const column = choice.info;
  // Said as an Upplysning when there was a choice to make; the verdict names the column always.
  if (column && column.reason !== 'only')
    findings.push({
      severity: 'info',
      code: 'amount-column',
      message: messages.column(column.letter, column.heading, column.reason, options.feeYear),
    });
  if (choice.warning) findings.push({ severity: 'warning', code: 'column-year', message: choice.warning });
  // The budget's own year (its title, or its sheet's name) against the fee year it is checked for.
  const stated = budgetYearOf(rows, options.sheet);
  if (stated && stated.year !== options.feeYear)
    findings.push({
      severity: 'error',
      code: 'budget-year-differs',
      ...optional({ cell: stated.cell }),
      message: budgetYearDiffers(stated, options.feeYear),
    });
  const amountOf = (row: BudgetRow): RowCell | undefined => {
    const candidates = row.label ? row.right : row.cells;
    if (choice.kind === 'column') return candidates.find((c) => c.column === choice.column) ?? row.pasted;
    // One amount column: its cell; else a cell with digits (a mistyped amount), else a lone cell
    // ("femhundratusen") — a comment column beside the amounts is never read as one.
    if (choice.only === undefined) return candidates[0] ?? row.pasted;
    const typed = candidates.filter((c) => typeof c.value === 'string' && parseAmount(c.value).kind !== 'amount');
    return (
      candidates.find((c) => c.column === choice.only) ??
      row.pasted ??
      typed.find((c) => /\d/.test(c.value as string)) ??
      (candidates.length === 1 ? typed[0] : undefined)
    );
  };
  const units = findUnits(
    rows.map((r) => r.texts),
    rows.map((r) => amountOf(r) !== undefined),
  );
  findings.push(...units.findings);

  let statedPopulation: number | undefined;
  type Stated = { ore: Ore; cell: string; isNumber: boolean };
  type Part = {
    section: BudgetSection;
    headingCell: string;
    firstLine: number;
    groupStart: number;
    stated?: Stated;
    headingTotal?: Stated;
    closed: boolean;
    unreadableSumma?: string;
  };
  const parts: Part[] = [];
  let current: Part | undefined;
  /** The last line read or unread in the current part: what a "varav" line below it is part of. */
  let lastLine: { label: string; part: Part } | undefined;

  for (const [r, row] of rows.entries()) {
    const label = row.label?.text ?? '';
    // A heading opens a part; it may have column titles or the year beside it, never an amount.
    const headingText = row.texts.find((t) => sectionOf(t.text) !== undefined);
    const heading = headingText && sectionOf(headingText.text);
    const headingAmount = amountOf(row);
    if (
      heading &&
      headingText &&
      (isHeaderRow(row) ||
        row.label?.cell === headingText.cell ||
        !headingAmount ||
        parseAmount(headingAmount.value).kind === 'unreadable')
    ) {
      if (parts.some((p) => p.section === heading)) {
        findings.push({
          severity: 'warning',
          code: 'section-repeated',
          cell: headingText.cell,
          message: messages.sectionRepeated(headingText.text.trim()),
        });
      }
      current = {
        section: heading,
        headingCell: headingText.cell,
        firstLine: lines.length,
        groupStart: lines.length,
        closed: false,
      };
      parts.push(current);
      // "Intäkter | 2 102 500": a heading carrying its part's total stands for the Summa when none follows.
      const total = isHeaderRow(row) || row.label?.cell !== headingText.cell ? undefined : headingAmount;
      const reading = total ? parseAmount(total.value, units.of(total.column)) : undefined;
      if (total && reading?.kind === 'amount')
        current.headingTotal = {
          ore: reading.ore,
          cell: total.cell,
          isNumber: typeof total.value === 'number' && units.of(total.column) === 'kr',
        };
      continue;
    }
    if (isHeaderRow(row)) continue;
    for (const t of row.texts) {
      const stated = statedPopulationIn(wrappedText(t.text, rows[r + 1]));
      if (!stated) continue;
      statedPopulation ??= stated.total;
      const finding = statedPopulationFinding(stated, t.cell, {
        feeYear: options.feeYear,
        ...(fees?.populationTotal !== undefined ? { populationTotal: fees.populationTotal } : {}),
        ...optional({ populationYear: options.populationYear }),
      });
      if (finding) findings.push(finding);
    }
    const amount = amountOf(row);
    if (!current || !amount) continue;
    const unit = units.of(amount.column);
    const reading = parseAmount(amount.value, unit);
    const name = label || '(utan text)';
    const labelCell = row.label?.cell ?? amount.cell;
    if (current.closed) {
      // An amount below a part's Summa is not counted; say so rather than drop it silently.
      if (
        reading.kind !== 'empty' &&
        !isResultLabel(label) &&
        !(reading.kind === 'unreadable' && typeof amount.value === 'string' && !/\d/.test(amount.value))
      ) {
        findings.push({
          severity: 'warning',
          code: 'line-after-summa',
          cell: amount.cell,
          line: name,
          message: messages.lineAfterSumma(label || amount.cell, current.section),
        });
      }
      continue;
    }
    // "Resultat" is revenues − costs, not a line of the part it stands in.
    if (isResultLabel(label)) continue;
    if (isSumma(label) && isSubtotal(label)) {
      // A group's subtotal ("Summa personalkostnader") is checked against its lines and not counted.
      const group = lines.slice(current.groupStart).reduce((s, l) => s + l.amountOre, 0);
      if (reading.kind === 'amount' && reading.ore !== group && Math.abs(reading.ore) !== Math.abs(group)) {
        findings.push({
          severity: 'warning',
          code: 'subtotal-differs',
          cell: amount.cell,
          line: name,
          message: messages.subtotalDiffers(name, reading.ore, group),
        });
      } else if (reading.kind !== 'amount' && reading.kind !== 'empty')
        findings.push(unreadFinding(reading, amount.cell, name));
      current.groupStart = lines.length;
      lastLine = undefined;
      continue;
    }
    if (isSumma(label)) {
      if (reading.kind === 'amount')
        current.stated = {
          ore: reading.ore,
          cell: amount.cell,
          isNumber: typeof amount.value === 'number' && unit === 'kr',
        };
      else if (reading.kind !== 'empty') {
        // The Summa row is there; its cell cannot be read (#REF!, text): said once, as that, not as "no Summa row".
        findings.push(unreadFinding(reading, amount.cell, name));
        current.unreadableSumma = amount.cell;
      }
      current.closed = true;
      continue;
    }
    if (reading.kind === 'empty') continue;
    if (reading.kind !== 'amount') {
      findings.push(unreadFinding(reading, amount.cell, name));
      unreadLines.push({
        section: current.section,
        label: name,
        labelCell,
        amountCell: amount.cell,
        text: String(amount.value),
        reason: reading.reason,
        row: row.index,
      });
      if (!isSubLine(label)) lastLine = { label: name, part: current };
      continue;
    }
    if (isSubLine(label)) {
      const parent = lastLine && lastLine.part === current ? lastLine : undefined;
      if (!parent) {
        findings.push({
          severity: 'warning',
          code: 'sub-line-orphan',
          cell: labelCell,
          line: name,
          message: messages.subLineOrphan(name),
        });
        continue;
      }
      subLines.push({
        section: current.section,
        label: name,
        amountOre: reading.ore,
        labelCell,
        amountCell: amount.cell,
        parent: parent.label,
        row: row.index,
      });
      findings.push({
        severity: 'info',
        code: 'sub-line',
        cell: amount.cell,
        line: name,
        message: messages.subLine(name, parent.label, reading.ore),
      });
      continue;
    }
    lastLine = { label: name, part: current };
    const twin = lines.find((l) => l.section === current!.section && normalise(l.label) === normalise(name));
    if (twin)
      findings.push({
        severity: 'warning',
        code: 'duplicate-line',
        cell: labelCell,
        line: name,
        message: messages.duplicate(name, twin.labelCell, labelCell),
      });
    lines.push({
      section: current.section,
      label: name,
      amountOre: reading.ore,
      labelCell,
      amountCell: amount.cell,
      isFeeRevenue: current.section === 'revenue' && isFeeLine(name),
      amountIsNumber: typeof amount.value === 'number' && unit === 'kr',
      row: row.index,
    });
  }
  // A part written with a minus sign — costs as "−1 400 000", or revenues as an accounting export
  // writes them (credit) — is counted without the sign and said so: never a surplus or a deficit.
  const negated = new Set<BudgetSection>();
  for (const section of ['revenue', 'cost'] as const) {
    const amounts = lines.filter((l) => l.section === section && l.amountOre !== 0);
    const negative = amounts.filter((l) => l.amountOre < 0).length;
    if (amounts.length > 0 && negative * 2 > amounts.length) {
      negated.add(section);
      findings.push({
        severity: 'info',
        code: section === 'cost' ? 'costs-negative' : 'revenues-negative',
        message: section === 'cost' ? messages.costsNegated(negative) : messages.revenuesNegated(negative),
      });
    }
  }
  const counted = lines.map((l) =>
    negated.has(l.section) ? { ...l, amountOre: -l.amountOre, amountIsNumber: false } : l,
  );
  const costsNegated = negated.has('cost');
  // Each part's sum covers the lines under its own heading (a heading may come twice).
  const sectionTotals: SectionTotal[] = parts.map((part, i) => {
    const p = { ...part, stated: part.stated ?? part.headingTotal };
    const flip = negated.has(p.section);
    return {
      section: p.section,
      headingCell: p.headingCell,
      sumOre: counted
        .slice(p.firstLine, parts[i + 1]?.firstLine ?? counted.length)
        .reduce((s, l) => s + l.amountOre, 0),
      ...(p.stated
        ? {
            statedOre: flip ? -p.stated.ore : p.stated.ore,
            statedCell: p.stated.cell,
            statedIsNumber: p.stated.isNumber && !flip,
          }
        : {}),
      ...(p.unreadableSumma && !p.stated ? { unreadableSumma: p.unreadableSumma } : {}),
    };
  });
  const subParts = subLines.map((sub) => (negated.has(sub.section) ? { ...sub, amountOre: -sub.amountOre } : sub));
  for (const parent of counted) {
    const parts = subParts.filter((s) => s.parent === parent.label && s.section === parent.section);
    const sum = parts.reduce((s, p) => s + Math.abs(p.amountOre), 0);
    if (parts.length && sum > Math.abs(parent.amountOre))
      findings.push({
        severity: 'warning',
        code: 'sub-lines-exceed',
        cell: parent.amountCell,
        line: parent.label,
        message: messages.subLinesExceed(parent.label, sum, Math.abs(parent.amountOre)),
      });
  }
  return result(options, fees, {
    lines: counted,
    unreadLines,
    subLines: subParts,
    totals: sectionTotals,
    findings,
    statedPopulation,
    costsNegated,
    column,
  });
}

function comparedFees(options: BudgetCheckOptions): ComparedFees | undefined {
  if (options.fees)
    return {
      ...options.fees,
      ...(options.fees.populationTotal === undefined && options.populationTotal !== undefined
        ? { populationTotal: options.populationTotal }
        : {}),
    };
  if (options.expectedFeeRevenueOre === undefined) return undefined;
  return {
    kind: 'decided',
    expectedOre: options.expectedFeeRevenueOre,
    ...optional({ populationTotal: options.populationTotal }),
    ...(options.populationYear !== undefined ? { populationDate: `${options.populationYear}-12-31` } : {}),
  };
}

/** The totals, the balance and the fee comparison, from the lines read. */
function result(
  options: BudgetCheckOptions,
  fees: ComparedFees | undefined,
  read: {
    lines: BudgetLine[];
    unreadLines: UnreadLine[];
    subLines: SubLine[];
    totals: SectionTotal[];
    findings: BudgetFinding[];
    statedPopulation?: number;
    costsNegated?: boolean;
    column?: BudgetCheck['column'];
    columnChoices?: BudgetCheck['columnChoices'];
  },
): BudgetCheck {
  const { lines, unreadLines, totals } = read;
  const findings = [...read.findings];
  const revenue = totals.find((t) => t.section === 'revenue');
  const cost = totals.find((t) => t.section === 'cost');
  const revenuesOre = lines.filter((l) => l.section === 'revenue').reduce((s, l) => s + l.amountOre, 0);
  const costsOre = lines.filter((l) => l.section === 'cost').reduce((s, l) => s + l.amountOre, 0);
  const differenceOre = revenuesOre - costsOre;
  const unread = unreadLines.length;
  const ambiguous = findings.some((f) => f.code === 'column-ambiguous');

  if (lines.length === 0 && unread === 0) {
    if (!ambiguous) findings.push({ severity: 'error', code: 'budget-empty', message: messages.empty() });
  } else {
    for (const [first, section] of [
      [revenue, 'revenue'],
      [cost, 'cost'],
    ] as const) {
      if (!first) {
        findings.push({ severity: 'error', code: 'section-missing', message: messages.sectionMissing(section) });
        continue;
      }
      // An amount that could not be read is said once, at its cell: the Summa it then seems to miss is
      // its consequence, not a second fault.
      const unreadHere = unreadLines.some((l) => l.section === section);
      for (const total of totals.filter((t) => t.section === section)) {
        if (total.statedOre === undefined && total.unreadableSumma !== undefined) continue; // said as unreadable already
        if (unreadHere && total.statedOre !== undefined && total.statedOre !== total.sumOre) continue;
        if (total.statedOre === undefined)
          findings.push({
            severity: 'warning',
            code: 'summa-missing',
            cell: total.headingCell,
            message: messages.summaMissing(section, total.sumOre),
          });
        else if (total.statedOre !== total.sumOre)
          findings.push({
            severity: 'error',
            code: 'summa-differs',
            cell: total.statedCell,
            line: 'Summa',
            message: messages.summaDiffers(section, total.statedOre, total.sumOre),
          });
      }
    }
    if (revenue && cost) {
      const cell = cost.statedCell ?? revenue.statedCell;
      const at = cell ? { cell } : {};
      if (unread > 0)
        findings.push({
          severity: 'warning',
          code: 'balance-uncertain',
          ...at,
          message: messages.balanceUncertain(
            revenuesOre,
            costsOre,
            unreadLines.map((l) => l.amountCell),
          ),
        });
      else if (differenceOre === 0)
        findings.push({ severity: 'info', code: 'balanced', ...at, message: messages.balanced(revenuesOre, costsOre) });
      else
        findings.push({
          severity: 'error',
          code: 'not-balanced',
          ...at,
          message: messages.notBalanced(revenuesOre, costsOre),
        });
    }
  }

  const feeLines = lines.filter((l) => l.isFeeRevenue);
  const feeRevenueOre = feeLines.length ? feeLines.reduce((s, l) => s + l.amountOre, 0) : undefined;
  if (fees && lines.length) {
    const words = feesInWords(fees.kind);
    if (feeRevenueOre === undefined) {
      findings.push({
        severity: 'warning',
        code: 'fee-line-missing',
        ...(revenue ? { cell: revenue.headingCell } : {}),
        message: messages.feeLineMissing(fees.expectedOre, options.feeYear, words),
      });
    } else if (feeRevenueOre !== fees.expectedOre) {
      findings.push({
        severity: 'error',
        code: 'fee-revenue-differs',
        cell: feeLines[0]!.amountCell,
        line: feeLines[0]!.label,
        message: messages.feeDiffers(
          feeRevenueOre,
          fees.expectedOre,
          options.feeYear,
          words,
          fees.populationTotal !== undefined ? formatInteger(fees.populationTotal) : undefined,
        ),
      });
    }
  }

  const hasError = findings.some((f) => f.severity === 'error');
  const balanced = lines.length > 0 && !!revenue && !!cost && differenceOre === 0 && unread === 0 && !ambiguous;
  return {
    balanced,
    passed: balanced && !hasError,
    feeYear: options.feeYear,
    revenuesOre,
    costsOre,
    differenceOre,
    ...optional({ feeRevenueOre }),
    ...(fees ? { expectedFeeRevenueOre: fees.expectedOre, comparedWith: fees } : {}),
    ...optional({ column: read.column, columnChoices: read.columnChoices }),
    ...(read.costsNegated ? { costsNegated: true } : {}),
    ...optional({ statedPopulation: read.statedPopulation }),
    lines,
    unreadLines,
    subLines: read.subLines,
    totals,
    findings: sortFindings(findings),
  };
}

function unreadFinding(reading: ReturnType<typeof parseAmount>, cell: string, line: string): BudgetFinding {
  const reason =
    reading.kind === 'unreadable' || reading.kind === 'suspicious'
      ? reading.reason
      : { sv: 'Okänt värde.', en: 'Unknown value.' };
  return {
    severity: 'error',
    code: reading.kind === 'suspicious' ? 'amount-suspicious' : 'amount-unreadable',
    cell,
    line,
    message: messages.unread(line, cell, reason),
  };
}

const normalise = (label: string) =>
  label
    .toLocaleLowerCase('sv')
    .replace(/[^a-zåäö0-9]+/g, ' ')
    .trim();

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const sortFindings = (findings: BudgetFinding[]) =>
  findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
