import { ExcelContext, RangeProxy, WorksheetProxy } from './api';
import { markedSheetNames } from '../verify/snapshot';
import { sameSheetName } from '../plan/resolve';

/** The add-in's own sheet of a key as found in the open workbook, with the last row it uses. */
export interface OwnSheet {
  readonly name: string;
  readonly sheet: WorksheetProxy;
  /** The last used row (1-based), 0 for an empty sheet. */
  readonly lastRow: number;
}

/**
 * Finds the add-in's own sheet of a key (the Logg) by its marker, never by its name, without a round
 * trip of its own in the usual case: `queue` reads the sheet of the usual name speculatively in the
 * request that loads the workbook's names; `resolve`, after that sync, takes it only when the marker
 * points at it, and otherwise reads the marked sheet (one more sync; "Logg (2)" beside an officer's
 * own Logg). Undefined when the workbook has no marked sheet of the key.
 *
 * @example const logg = queueOwnSheet(context, 'logg', 'Logg'); names.load('items/name,items/formula'); await context.sync();
 * await logg.resolve(names.items, sync) // { name: 'Logg (2)', sheet, lastRow: 7 }
 */
export function queueOwnSheet(context: ExcelContext, key: string, usualName: string) {
  const usual = context.workbook.worksheets.getItemOrNullObject(usualName);
  const usualUsed = usual.getUsedRangeOrNullObject(false).untrack();
  usual.load('isNullObject');
  usualUsed.load('address,isNullObject');
  return {
    async resolve(
      names: readonly { name: string; formula: string }[],
      sync: () => Promise<void>,
    ): Promise<OwnSheet | undefined> {
      const name = markedSheetNames(names, key)[0];
      if (name === undefined) return undefined;
      if (!usual.isNullObject && sameSheetName(name, usualName))
        return { name, sheet: usual, lastRow: lastRow(usualUsed) };
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      const used = sheet.getUsedRangeOrNullObject(false).untrack();
      sheet.load('isNullObject');
      used.load('address,isNullObject');
      await sync();
      return sheet.isNullObject ? undefined : { name, sheet, lastRow: lastRow(used) };
    },
  };
}

/** The last row of a used range read back (`'Logg'!A1:L6` → 6); 0 for an empty sheet. */
function lastRow(used: Pick<RangeProxy, 'address' | 'isNullObject'>): number {
  return used.isNullObject ? 0 : Number(/(\d+)$/.exec(used.address)?.[1] ?? 0);
}
