import { BudgetCheck, BudgetCheckOptions, checkBudget, fail, ok, Result } from '../domain';
import { ExcelApi, globalExcel } from './excelApi';
import { budgetSheetOf, RangeValues, readRangeValues, ReadTarget } from './read';
import { readXlsxSheets } from './xlsxRead';

export interface BudgetInWorkbook {
  readonly check: BudgetCheck;
  readonly sheet: string;
  /** The range read, e.g. "C3:D20". */
  readonly address: string;
  /** For the Budgetkontroll sheet's subtitle, e.g. "Budget!C3:D20". */
  readonly location: string;
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
  const names = target.kind === 'budget-sheet' ? await readSheetNames(excel) : undefined;
  const read = await readRangeValues(target.kind === 'budget-sheet' ? { kind: 'sheet', name: (names?.ok && budgetSheetOf(names.value)) || 'Budget' } : target, excel);
  return read.ok ? checkBudgetRead(options, read.value) : read;
}

/**
 * The workbook's sheets by name, in the order of their tabs, in one context.sync(): what the
 * officer picks the budget's sheet from.
 *
 * @example await readSheetNames(excel) // → ok(['Försättsblad', 'Verksamhetsplan 2026', 'Avgift 2026'])
 */
export async function readSheetNames(excel: ExcelApi | undefined = globalExcel()): Promise<Result<string[]>> {
  if (!excel) return fail('excel-missing', 'Excel är inte tillgängligt här.', 'Excel is not available here.');
  try {
    return await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return ok(sheets.items.map((s) => s.name));
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('excel-read', `Excel kunde inte läsa bladen: ${detail}.`, `Excel could not read the sheets: ${detail}.`);
  }
}

/** Checks a budget read from a workbook or a file, addressing findings where the range starts. */
export function checkBudgetRange(options: Omit<BudgetCheckOptions, 'origin'>, range: RangeValues): BudgetInWorkbook {
  const { sheet, address, values } = range;
  const check = checkBudget(values, { ...options, origin: address });
  return { check, sheet, address, location: `${sheet}!${address}` };
}

/**
 * Checks a budget read, as checkBudgetRange; a budget with several amount columns and none that
 * fits the fee year is a question to the user, not a result: the error "column-ambiguous" with the
 * columns to choose one from (`error.columns`), to check again with `column` set to one's letter.
 *
 * @example checkBudgetRead({ feeYear: 2027 }, b01) // → fail: { code: 'column-ambiguous', columns: [{ letter: 'C', heading: 'Budget 2025' }, { letter: 'D', heading: 'Budget 2026' }, { letter: 'E', heading: 'Utfall 2025' }], … }
 */
export function checkBudgetRead(options: Omit<BudgetCheckOptions, 'origin'>, range: RangeValues): Result<BudgetInWorkbook> {
  return asked(checkBudgetRange(options, range));
}

function asked(checked: BudgetInWorkbook): Result<BudgetInWorkbook> {
  const { columnChoices, findings } = checked.check;
  const ask = findings.find((f) => f.code === 'column-ambiguous');
  return ask && columnChoices ? fail('column-ambiguous', ask.message.sv, ask.message.en, { columns: columnChoices }) : ok(checked);
}

const hasBudget = (b: BudgetInWorkbook) => b.check.lines.length > 0 || b.check.unreadLines.length > 0 || b.check.columnChoices !== undefined;

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
    if (!named) return fail('sheet-missing', `${fileName} har inget blad som heter ”${sheetName}”. Bladen är: ${names}.`, `${fileName} has no sheet named "${sheetName}". Its sheets: ${namesEn}.`);
    return checkBudgetRead(options, named);
  }
  const first = sheets.find((s) => lower(s.sheet) === 'budget') ?? sheets[0]!;
  const checked = checkBudgetRange(options, first);
  if (hasBudget(checked) || sheets.length === 1) return asked(checked);
  const others = sheets.filter((s) => s !== first).map((s) => checkBudgetRange(options, s)).filter(hasBudget);
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
export async function checkBudgetFile(bytes: Uint8Array, fileName: string, options: Omit<BudgetCheckOptions, 'origin'>, sheetName?: string): Promise<Result<BudgetInWorkbook>> {
  const sheets = await readXlsxSheets(bytes, fileName);
  if (!sheets.ok) return sheets;
  return checkBudgetInSheets(options, sheets.value, sheetName, fileName, { sv: 'i listan över blad', en: 'in the list of sheets' });
}
