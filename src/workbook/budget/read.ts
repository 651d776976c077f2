import {
  BudgetCheck,
  BudgetCheckOptions,
  budgetFootnotes,
  budgetSheetOf,
  checkBudget,
  fail,
  ok,
  Result,
} from '../../domain';
import { ExcelApi, globalExcel } from '../excel/api';
import { RangeValues, rangeValuesOf, readRangeValues, ReadTarget } from '../excel/read';
import { readXlsxSheets } from '../xlsx/read';
import { runInExcel } from '../excel/envelope';

export interface BudgetInWorkbook {
  readonly check: BudgetCheck;
  readonly sheet: string;
  /** The range read, e.g. "C3:D20". */
  readonly address: string;
  /** For the Budgetkontroll sheet's subtitle, e.g. "Budget!C3:D20". */
  readonly location: string;
  /** The budget's own footnotes ("*Kostnaden baseras på …"), carried into its Budgettext. */
  readonly notes: readonly string[];
  /** The workbook's sheets, when the check looked for the budget's sheet (Budget, else the first). */
  readonly sheets?: readonly string[];
}

/** Where the pane reads a budget: the selection, a sheet or a table — or "budget-sheet", the sheet it is on unless the officer picks one (budgetSheetOf). */
export type BudgetSource = ReadTarget | { readonly kind: 'budget-sheet' };

/**
 * Reads the budget from the selection, a sheet (by default the one named Budget, else the first) or
 * an Excel table, and checks it, with findings addressed to the cells of the sheet wherever the
 * range starts.
 *
 * @example await checkBudgetInWorkbook({ feeYear: 2026 }, { kind: 'sheet', name: 'Verksamhetsplan 2026' }) // → ok({ check, sheet: 'Verksamhetsplan 2026', … })
 */
export async function checkBudgetInWorkbook(
  options: Omit<BudgetCheckOptions, 'origin'>,
  target: BudgetSource = { kind: 'budget-sheet' },
  excel: ExcelApi | undefined = globalExcel(),
): Promise<Result<BudgetInWorkbook>> {
  if (target.kind !== 'budget-sheet') {
    const read = await readRangeValues(target, excel);
    return read.ok ? checkBudgetRead(options, read.value) : read;
  }
  const read = await readBudgetSheet(excel);
  if (!read.ok) return read;
  const checked = checkBudgetRead(options, read.value.range);
  return checked.ok ? ok({ ...checked.value, sheets: read.value.sheets }) : checked;
}

/**
 * The sheet a budget is on unless the officer picks one (Budget, else the first), read in one
 * Excel.run: the sheets' names, then that sheet's used range. The names come back too, for the list
 * the officer picks from.
 *
 * @example await readBudgetSheet(excel) // → ok({ range: { sheet: 'Budget', address: 'A1:C30', values }, sheets: ['Blad1', 'Budget'] })
 */
async function readBudgetSheet(excel: ExcelApi | undefined): Promise<Result<{ range: RangeValues; sheets: string[] }>> {
  return runInExcel(
    excel,
    { code: 'excel-read', doing: { sv: 'Excel kunde inte läsa budgeten', en: 'Excel could not read the budget' } },
    async (context) => {
      const { worksheets } = context.workbook;
      worksheets.load('items/name');
      await context.sync();
      const sheets = worksheets.items.map((s) => s.name);
      const name = budgetSheetOf(sheets) ?? 'Budget';
      const used = worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load('address,values,isNullObject');
      await context.sync();
      if (used.isNullObject)
        return fail<{ range: RangeValues; sheets: string[] }>(
          'sheet-missing',
          `Bladet ”${name}” finns inte eller är tomt.`,
          `The sheet "${name}" does not exist or is empty.`,
        );
      return ok({ range: rangeValuesOf(used), sheets });
    },
  );
}

/** Checks a budget read from a workbook or a file, addressing findings where the range starts. */
export function checkBudgetRange(options: Omit<BudgetCheckOptions, 'origin'>, range: RangeValues): BudgetInWorkbook {
  const { sheet, address, values } = range;
  const check = checkBudget(values, { ...options, origin: address, sheet });
  return { check, sheet, address, location: `${sheet}!${address}`, notes: budgetFootnotes(values) };
}

/**
 * Checks a budget read, as checkBudgetRange; a budget with several amount columns and none that
 * fits the fee year is a question to the user, not a result: the error "column-ambiguous" with the
 * columns to choose one from (`error.columns`), to check again with `column` set to one's letter.
 *
 * @example checkBudgetRead({ feeYear: 2027 }, b01) // → fail: { code: 'column-ambiguous', columns: [{ letter: 'C', heading: 'Budget 2025' }, { letter: 'D', heading: 'Budget 2026' }, { letter: 'E', heading: 'Utfall 2025' }], … }
 */
export function checkBudgetRead(
  options: Omit<BudgetCheckOptions, 'origin'>,
  range: RangeValues,
): Result<BudgetInWorkbook> {
  return asked(checkBudgetRange(options, range));
}

function asked(checked: BudgetInWorkbook): Result<BudgetInWorkbook> {
  const { columnChoices, findings } = checked.check;
  const ask = findings.find((f) => f.code === 'column-ambiguous');
  return ask && columnChoices
    ? fail('column-ambiguous', ask.message.sv, ask.message.en, { columns: columnChoices })
    : ok(checked);
}

const hasBudget = (b: BudgetInWorkbook) =>
  b.check.lines.length > 0 || b.check.unreadLines.length > 0 || b.check.columnChoices !== undefined;

/**
 * The budget in a workbook file's sheets: the sheet named, else the one called Budget, else the
 * first — and when that sheet holds no budget, the one other sheet that does (said in an
 * Upplysning). Several sheets with a budget, or none, is a message naming the sheets and the way to
 * choose one (`--sheet NAMN` on the command line, `sheetHint` here).
 *
 * @example checkBudgetInSheets({ feeYear: 2026 }, [{ sheet: 'Framsida', … }, { sheet: 'Budget 2026', … }], undefined, 'Budget.xlsx')
 *   // → ok: the check of "Budget 2026", with the Upplysning "Budgeten lästes från bladet ”Budget 2026” …"
 */
export function checkBudgetInSheets(
  options: Omit<BudgetCheckOptions, 'origin'>,
  sheets: readonly RangeValues[],
  sheetName: string | undefined,
  fileName: string,
  sheetHint: { sv: string; en: string } = { sv: 'med --sheet NAMN', en: 'with --sheet NAME' },
): Result<BudgetInWorkbook> {
  const lower = (s: string) => s.trim().toLocaleLowerCase('sv');
  const names = sheets.map((s) => `”${s.sheet}”`).join(', ');
  const namesEn = sheets.map((s) => `"${s.sheet}"`).join(', ');
  if (sheets.length === 0) return fail('sheet-missing', `${fileName} har inga blad.`, `${fileName} has no sheets.`);
  if (sheetName !== undefined) {
    const named = sheets.find((s) => lower(s.sheet) === lower(sheetName));
    if (!named)
      return fail(
        'sheet-missing',
        `${fileName} har inget blad som heter ”${sheetName}”. Bladen är: ${names}.`,
        `${fileName} has no sheet named "${sheetName}". Its sheets: ${namesEn}.`,
      );
    return checkBudgetRead(options, named);
  }
  const first = sheets.find((s) => lower(s.sheet) === 'budget') ?? sheets[0]!;
  const checked = checkBudgetRange(options, first);
  if (hasBudget(checked)) return asked(checked);
  const others = sheets
    .filter((s) => s !== first)
    .map((s) => checkBudgetRange(options, s))
    .filter(hasBudget);
  if (others.length === 0) {
    // No budget anywhere in the file: that is the answer, said with what was looked for (not "does not balance").
    const where =
      sheets.length === 1
        ? { sv: `bladet ${names}`, en: `the sheet ${namesEn}` }
        : { sv: `något av bladen ${names}`, en: `any of the sheets ${namesEn}` };
    return fail(
      'no-budget',
      `${fileName}: ingen budget i ${where.sv}. Det som söks är en rubrik ”Intäkter” och en rubrik ”Kostnader”, med rader och belopp under och var och en avslutad med ”Summa”, som i verksamhetsplanens avsnitt Budget.`,
      `${fileName}: no budget in ${where.en}. What is looked for is an "Intäkter" heading and a "Kostnader" heading, with lines and amounts under them, each ending with "Summa", as in the operating plan's Budget section.`,
    );
  }
  if (others.length === 1) {
    const found = others[0]!;
    const note = {
      severity: 'info' as const,
      code: 'budget-sheet',
      message: {
        sv: `Budgeten lästes från bladet ”${found.sheet}”; bladet ”${first.sheet}” har ingen budget. Välj ett annat blad ${sheetHint.sv}.`,
        en: `The budget was read from the sheet "${found.sheet}"; the sheet "${first.sheet}" has no budget. Choose another sheet ${sheetHint.en}.`,
      },
    };
    if (found.check.columnChoices) return asked(found);
    return ok({ ...found, check: { ...found.check, findings: [...found.check.findings, note] } });
  }
  if (others.length > 1) {
    return fail(
      'sheet-ambiguous',
      `${fileName}: bladet ”${first.sheet}” har ingen budget, men flera andra blad har det (${others.map((o) => `”${o.sheet}”`).join(', ')}). Välj vilket ${sheetHint.sv}.`,
      `${fileName}: the sheet "${first.sheet}" has no budget, but several other sheets do (${others.map((o) => `"${o.sheet}"`).join(', ')}). Choose one ${sheetHint.en}.`,
    );
  }
  return ok(checked);
}

/**
 * The budget in a workbook file the user picked (the pane's file path; the command line does the
 * same): .xlsx read sheet by sheet, .ods and .xls refused with "spara som .xlsx".
 *
 * @example await checkBudgetFile(bytes, 'Budget.xlsx', { feeYear: 2026 }) // → ok({ check, sheet: 'Budget', … })
 */
export async function checkBudgetFile(
  bytes: Uint8Array,
  fileName: string,
  options: Omit<BudgetCheckOptions, 'origin'>,
  sheetName?: string,
): Promise<Result<BudgetInWorkbook>> {
  const sheets = await readXlsxSheets(bytes, fileName);
  if (!sheets.ok) return sheets;
  return checkBudgetInSheets(options, sheets.value, sheetName, fileName, {
    sv: 'i listan över blad',
    en: 'in the list of sheets',
  });
}
