import { BudgetCheckOptions, LogEntry, ok, PopulationSeries, Result, Revision } from '../domain';
import { getPopulation, PopulationRequest, PopulationSpec } from '../data';
import { ownSheetsInTheWay, renderPlanToExcel, RenderOptions, RenderSummary, selectCell } from '../workbook/excel';
import { ExcelApi } from '../workbook/excelApi';
import { WorkbookPlan, withSheets } from '../workbook/plan';
import type { ApprovalOutcome, ApprovalRequest } from '../workbook/approve';
import type { Verification, VerifyOptions } from '../workbook/verify';
import type { BudgetInWorkbook } from '../workbook/budgetRead';
import { RangeValues, readRangeValues, ReadTarget } from '../workbook/read';
import { readFileBytes } from './files';

/**
 * Everything the task pane does outside its own state goes through here: the components stay pure
 * and testable, and the same pane runs inside Excel (an Excel API) or as a standalone page (none).
 */
export interface Services {
  readonly inExcel: boolean;
  now(): Date;
  population(spec: PopulationSpec, request: PopulationRequest, signal?: AbortSignal): Promise<Result<PopulationSeries>>;
  readRange(target: { kind: 'selection' } | { kind: 'sheet'; name: string }): Promise<Result<RangeValues>>;
  ownSheetsInTheWay(plan: WorkbookPlan): Promise<Result<string[]>>;
  /** Writes the plan; with `log`, then appends that row to the Logg sheet (every write is logged). */
  write(plan: WorkbookPlan, options: Pick<RenderOptions, 'replaceOwnSheets' | 'onProgress'> & { readonly log?: LogEntry }): Promise<Result<RenderSummary>>;
  /** Builds the .xlsx (ExcelJS, loaded only now) and hands it to the browser as a download; with `log`, a Logg sheet. */
  download(plan: WorkbookPlan, fileName: string, log?: LogEntry): Promise<void>;
  /** Kontrollera arbetsboken: recomputes the open workbook from its own figures (as `avgift verify`). */
  verifyWorkbook(options: VerifyOptions): Promise<Result<Verification>>;
  /** SCB revision: the fetched figures against those the fee year's sheets in the workbook used, if any. */
  revision(feeYear: number, population: PopulationSeries): Promise<Result<Revision | undefined>>;
  /** Fastställ: verifies, protects the fee year's sheets and logs Fastställt (as `avgift approve`). */
  approve(request: Omit<ApprovalRequest, 'now'>): Promise<Result<ApprovalOutcome>>;
  /** Reads the budget (the selection, a sheet or an .xlsx file) and checks it; the checker loads now. */
  checkBudget(options: Omit<BudgetCheckOptions, 'origin'>, source: ReadTarget | { kind: 'file'; file: File }): Promise<Result<BudgetInWorkbook>>;
  selectCell(sheet: string, address: string): Promise<Result<null>>;
}

export interface ServiceOptions {
  readonly excel?: ExcelApi;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
  /** Where downloads go; the browser's anchor-click by default. */
  readonly save?: (bytes: Uint8Array, fileName: string) => void;
}

export function createServices(options: ServiceOptions = {}): Services {
  const { excel } = options;
  const now = options.now ?? (() => new Date());
  return {
    inExcel: excel !== undefined,
    now,
    population: (spec, request, signal) => getPopulation(spec, request, { now, ...(options.fetch ? { fetch: options.fetch } : {}), ...(signal ? { signal } : {}) }),
    readRange: (target) => readRangeValues(target, excel),
    ownSheetsInTheWay: (plan) => ownSheetsInTheWay(plan, excel),
    write: async (plan, { log, ...renderOptions }) => {
      const written = await renderPlanToExcel(plan, { ...renderOptions, ...(excel ? { excel } : {}) });
      if (!written.ok || !log) return written;
      const { appendLogEntry } = await import(/* webpackChunkName: "provenance" */ '../workbook/excelLog');
      const logged = await appendLogEntry(log, excel);
      return logged.ok ? written : logged;
    },
    download: async (plan, fileName, log) => {
      const { renderPlanToXlsx } = await import(/* webpackChunkName: "xlsx" */ '../workbook/xlsx');
      const { logSheet } = await import(/* webpackChunkName: "provenance" */ '../workbook/layouts/log');
      (options.save ?? saveInBrowser)(await renderPlanToXlsx(log ? withSheets(plan, [logSheet([log])]) : plan), fileName);
    },
    verifyWorkbook: async (verifyOptions) => {
      const { verifyInExcel } = await import(/* webpackChunkName: "provenance" */ '../workbook/verifyExcel');
      return verifyInExcel(verifyOptions, excel);
    },
    revision: async (feeYear, population) => {
      const { revisionAgainstWorkbook } = await import(/* webpackChunkName: "provenance" */ '../workbook/revisionExcel');
      return revisionAgainstWorkbook(feeYear, population, excel);
    },
    approve: async (request) => {
      const { approveInExcel } = await import(/* webpackChunkName: "provenance" */ '../workbook/approve');
      return approveInExcel({ ...request, now: now() }, excel);
    },
    checkBudget: async (budgetOptions, source) => {
      const { checkBudgetInWorkbook, checkBudgetRange } = await import(/* webpackChunkName: "budget" */ '../workbook/budgetRead');
      if (source.kind !== 'file') return checkBudgetInWorkbook(budgetOptions, source, excel);
      const { readXlsxSheet } = await import(/* webpackChunkName: "xlsx" */ '../workbook/xlsxRead');
      const range = await readXlsxSheet(await readFileBytes(source.file), source.file.name);
      return range.ok ? ok(checkBudgetRange(budgetOptions, range.value)) : range;
    },
    selectCell: (sheet, address) => selectCell(sheet, address, excel),
  };
}


function saveInBrowser(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

