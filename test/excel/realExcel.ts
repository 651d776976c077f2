/**
 * Microsoft's real Excel client library in jsdom, answered by the model: `createRealExcel(setup)`
 * gives `{ Excel, model }` where `Excel.run` is Microsoft's code (proxies, load rules, batching,
 * serialisation, the `_RemoveReference` clean-up) and only the host's answers are ours.
 *
 * Example:
 *   const excel = createRealExcel({ sheets: [{ name: 'Budget', cells: { A1: 'Intäkter' } }] });
 *   await renderPlanToExcel(plan, { excel: excel.Excel });
 *   excel.cell('Avgift 2026', 'E10')?.formula; // '=C10*Sats_2026'
 *   excel.model.traffic();                    // { roundTrips: 3, bytes: …, largest: … }
 */
import './textEncoding';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { ExcelApi } from '../../src/workbook/excel/api';
import { answerRichApiFromModel } from './host';
import { createExcelModel, ExcelModel, ModelSetup } from './model';

export const OFFICE_JS_DIST = join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');
const LIBRARIES = { web: 'excel-web-16.00.js', win32: 'excel-win32-16.01.js' } as const;
const sources = new Map<string, string>();
const source = (file: string) => {
  if (!sources.has(file)) sources.set(file, readFileSync(join(OFFICE_JS_DIST, file), 'utf8'));
  return sources.get(file)!;
};

export interface RealExcel {
  /** Microsoft's Excel namespace; `run` also waits for the library's clean-up request to be answered. */
  readonly Excel: ExcelApi;
  readonly model: ExcelModel;
  readonly state: ExcelModel['state'];
  sheet: ExcelModel['sheet'];
  cell: ExcelModel['cell'];
  values: ExcelModel['values'];
  /** Answers from another model from now on (the same library window): fault injection forks a state per run. */
  use(model: ExcelModel): RealExcel;
}

/** Loads the library (Excel on the web's by default) into a fresh jsdom window answered by a new model. */
export function createRealExcel(setup: ModelSetup = {}, library: keyof typeof LIBRARIES = 'web'): RealExcel {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/taskpane.html',
  });
  dom.window.eval(source(LIBRARIES[library]));
  let current = createExcelModel(setup);
  answerRichApiFromModel(dom.window, () => current);
  const excel = (dom.window as unknown as { Excel: ExcelApi }).Excel;
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const real = (model: ExcelModel): RealExcel => ({
    Excel: {
      run: async (batch) => {
        try {
          return await excel.run(batch);
        } finally {
          // The library sends its clean-up request after the run, without waiting: let it arrive.
          await settle();
          await settle();
        }
      },
    },
    model,
    state: model.state,
    sheet: model.sheet,
    cell: model.cell,
    values: model.values,
    use: (next) => {
      current = next;
      return real(next);
    },
  });
  return real(current);
}
