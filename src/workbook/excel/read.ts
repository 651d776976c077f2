import { fail, ok, Result } from '../../domain';
import { ExcelApi, globalExcel, RangeProxy } from './api';
import { runInExcel } from './envelope';

export type ReadTarget = { kind: 'selection' } | { kind: 'sheet'; name: string } | { kind: 'table'; name: string };

export interface RangeValues {
  readonly sheet: string;
  /** The range's address without the sheet, e.g. "A1:C12". */
  readonly address: string;
  readonly values: unknown[][];
}

/**
 * Reads the values of the selected range, a sheet's used range or an Excel table (with its header),
 * in one context.sync(): what the budget check and "population from the selection" take as input.
 */
export async function readRangeValues(
  target: ReadTarget,
  excel: ExcelApi | undefined = globalExcel(),
): Promise<Result<RangeValues>> {
  return runInExcel(
    excel,
    { code: 'excel-read', doing: { sv: 'Excel kunde inte läsa området', en: 'Excel could not read the range' } },
    async (context) => {
      const range: RangeProxy =
        target.kind === 'selection'
          ? context.workbook.getSelectedRange()
          : target.kind === 'sheet'
            ? context.workbook.worksheets.getItemOrNullObject(target.name).getUsedRangeOrNullObject(true)
            : context.workbook.tables.getItemOrNullObject(target.name).getRange();
      range.load('address,values,isNullObject');
      await context.sync();
      if (range.isNullObject) {
        return target.kind === 'sheet'
          ? fail<RangeValues>(
              'sheet-missing',
              `Bladet ”${target.name}” finns inte eller är tomt.`,
              `The sheet "${target.name}" does not exist or is empty.`,
            )
          : fail<RangeValues>(
              'table-missing',
              `Tabellen ”${target.kind === 'table' ? target.name : ''}” finns inte.`,
              'The table does not exist.',
            );
      }
      return ok(rangeValuesOf(range));
    },
  );
}

/**
 * A range Excel read, as the add-in uses it: the sheet's name (unquoted), the address on it, the values.
 *
 * @example rangeValuesOf({ address: "'Mitt register'!A1:C9", values }) // → { sheet: 'Mitt register', address: 'A1:C9', values }
 */
export function rangeValuesOf(range: Pick<RangeProxy, 'address' | 'values'>): RangeValues {
  const bang = range.address.lastIndexOf('!');
  const sheet = range.address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'");
  return { sheet, address: range.address.slice(bang + 1), values: range.values };
}
