import {
  allocate,
  Allocation,
  changeAgainstLastYear,
  logEntryFor,
  memberRegister,
  checkBudget,
  compareScenario,
  FeeRule,
  feeHistory,
  indexedRule,
  invoiceRows,
  perCapitaRule,
  ruleForFeeYear,
  SODERTORN_MEMBERS,
} from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { displayText } from '../../src/workbook/plan/display';
import {
  budgetCheckSheet,
  budgetTemplateSheet,
  feeWorkbookPlan,
  logSheet,
  membersSheet,
} from '../../src/workbook/layouts';
import { SheetPlan, WorkbookPlan, withSheets } from '../../src/workbook/plan/plan';
import { renderPlanToXlsx } from '../../src/workbook/xlsx/render';
import { tabularBudget } from '../support/seedBudget';
import { printWithLibreOffice } from './support/libreoffice';
import { requireFont, requireProgram } from './support/programs';

/*
 * Printed as officers print: the .xlsx the command line writes, printed to PDF by LibreOffice in
 * Swedish (Calibri's metric twin Carlito installed, as Debian's fonts-crosextra-carlito gives it),
 * each sheet one page wide. `pdftotext -layout` gives back what is on paper; every text and number
 * the sheet shows must be there whole, on one line — a label cut by a narrow column, a header wrapped
 * over two lines or a number shown as ### is not.
 */
// Calibri itself is Microsoft's; Carlito has its metrics, so LibreOffice lays the text out as Excel does.
const haveLibreOffice =
  requireProgram('soffice', 'libreoffice-calc') &&
  requireProgram('pdftotext', 'poppler-utils') &&
  requireFont('Carlito', 'fonts-crosextra-carlito');
const describeIf = haveLibreOffice ? describe : describe.skip;

const population = snapshotPopulation();
const members = SODERTORN_MEMBERS;
const GENERATED_AT = '2026-11-23T08:00:00Z';

function compute(feeYear: number, rule: FeeRule): Allocation {
  const r = allocate({ feeYear, rule, members, population });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

/**
 * The fee year's workbook with every sheet, a Budget template and a Budgetkontroll with findings; a
 * scenario gets its sheet beside the decided fees instead of the allocation and invoices.
 */
function yearWorkbook(feeYear: number, rule: FeeRule): WorkbookPlan {
  const a = compute(feeYear, rule);
  const history = feeHistory({ fromYear: 2010, toYear: feeYear, members, population });
  const inForce = ruleForFeeYear(feeYear);
  const comparison = a.scenario && inForce.ok ? compareScenario(compute(feeYear, inForce.value), a) : undefined;
  // With the change against last year, a members register (Botkyrka filled in, Huddinge known) and a Logg.
  const changes = changeAgainstLastYear({ allocation: a, members, population });
  const register = memberRegister(members, [
    { code: '0127', invoiceName: 'Botkyrka kommun', buyerReference: 'BK00001234', email: 'faktura@botkyrka.example' },
  ]);
  if (!changes.ok || !register.ok) throw new Error('change or register');
  const plan = withSheets(
    feeWorkbookPlan({
      allocation: a,
      history: history.ok ? history.value : undefined,
      ...(comparison?.ok ? { comparison: comparison.value } : {}),
      population,
      members,
      invoices: invoiceRows(a),
      generatedAt: GENERATED_AT,
      changes: changes.value,
      register: register.value,
    }),
    // A scenario is never invoiced or logged: it comes without Medlemmar and Logg, as from the CLI.
    a.scenario
      ? []
      : [
          membersSheet(members, register.value, GENERATED_AT),
          logSheet([logEntryFor(a, { action: 'Skrivet', time: GENERATED_AT, name: 'Eva Ek' })]),
        ],
  );
  // Möten raised to 150 000 kr: the check then has a deficit, a stated Summa that differs and findings.
  const budget = tabularBudget().map((r) => (r[0] === 'Möten' ? ['Möten', 150_000] : r));
  const check = checkBudget(budget, { feeYear, expectedFeeRevenueOre: a.totalOre, populationTotal: a.totalPopulation });
  const kontroll = budgetCheckSheet({
    check,
    feeYear,
    budgetLocation: 'Budget.xlsx, blad Budget',
    expectedBasis: a.ruleDescription.sv,
    generatedAt: GENERATED_AT,
  });
  return withSheets(plan, [budgetTemplateSheet(feeYear, a, true), kontroll]);
}

/** Whitespace as one space (pdftotext spaces words by their position; Swedish numbers use no-break spaces). */
const normal = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/**
 * What of a sheet is not whole on its printed page: every text and number the sheet shows (as
 * Swedish Excel formats it) must appear on one line of the page as often as the sheet shows it, and
 * no cell may print as ###. Returns the texts missing, and "###" if any cell printed as such.
 */
function notWholeWhenPrinted(sheet: SheetPlan, page: string): string[] {
  const shown: string[] = [];
  for (const block of sheet.blocks) {
    for (const row of block.rows) {
      for (const cell of row) {
        if (!cell) continue;
        const t = normal(displayText(cell.formula !== undefined ? cell.result : cell.value, cell.format));
        if (t) shown.push(t);
      }
    }
  }
  const lines = page.split('\n').map(normal);
  const missing = [...new Set(shown)].filter((label) => {
    const expected = shown.reduce((n, s) => n + occurrences(s, label), 0);
    const printed = lines.reduce((n, line) => n + occurrences(line, label), 0);
    return printed < expected;
  });
  return page.includes('###') ? [...missing, '###'] : missing;
}

describeIf('Every label whole when printed (LibreOffice → PDF → pdftotext)', () => {
  it.each([
    ['per capita 2026', 2026, perCapitaRule()],
    ['per capita 2026 at 4,55 kr (a scenario; fees in kronor and öre)', 2026, perCapitaRule(455)],
    ['§ 8 chained 2016 (the widest allocation sheet)', 2016, indexedRule('chained')],
  ] as const)(
    '%s: Avgift, Fakturaunderlag, every member sheet, Befolkning, Historik, Medlemmar, Logg, Budget and Budgetkontroll',
    async (_, feeYear, rule) => {
      const plan = yearWorkbook(feeYear, rule);
      const pages = printWithLibreOffice(await renderPlanToXlsx(plan));

      // One page per sheet: each fits one page wide (and these are short enough for one page tall).
      expect(pages).toHaveLength(plan.sheets.length);
      const names = plan.sheets.map((s) => s.name);
      const scenario = rule.kind === 'per-capita' && rule.rateOre !== 400;
      expect(names).toEqual(
        scenario
          ? ['Scenario 2026 4,55 kr', 'Befolkning', 'Budget', `Budgetkontroll ${feeYear}`]
          : expect.arrayContaining([
              `Avgift ${feeYear}`,
              `Fakturaunderlag ${feeYear}`,
              ...members.map((m) => `${m.name} ${feeYear}`),
              `Budgetkontroll ${feeYear}`,
            ]),
      );
      const problems = Object.fromEntries(plan.sheets.map((s, i) => [s.name, notWholeWhenPrinted(s, pages[i]!)]));
      expect(problems).toEqual(Object.fromEntries(names.map((n) => [n, []])));
    },
  );

  it('catches a column too narrow: a cut header, a wrapped header and amounts as ###', async () => {
    const plan = yearWorkbook(2026, perCapitaRule());
    const avgift = plan.sheets[0]!;
    // Kommun (B) narrower than Södertälje, Folkmängd (C) narrower than its header, Avgift (E) than 2 102 500 kr.
    const narrow = avgift.columnWidths!.map((w, i) => (i === 1 ? 6 : i === 2 ? 12 : i === 4 ? 6 : w));
    const narrowed: SheetPlan = { ...avgift, columnWidths: narrow };
    const [page] = printWithLibreOffice(await renderPlanToXlsx({ sheets: [narrowed], names: plan.names }));
    const problems = notWholeWhenPrinted(narrowed, page!);
    expect(problems).toEqual(expect.arrayContaining(['Folkmängd 31 december 2025', '2 102 500 kr', '###']));
    expect(problems).toEqual(expect.arrayContaining(['Södertälje', 'Nynäshamn']));
    // The same sheet at its fitted widths prints whole.
    expect(
      notWholeWhenPrinted(
        avgift,
        printWithLibreOffice(await renderPlanToXlsx({ sheets: [avgift], names: plan.names }))[0]!,
      ),
    ).toEqual([]);
  });
});
