import {
  BudgetCheckOptions,
  fail,
  Member,
  ok,
  PopulationEstimate,
  PopulationSeries,
  Result,
  Revision,
  optional,
} from '../domain';
import type { FoundPopulation, PopulationRequest, PopulationSpec } from '../data';
import type { BeforeWrite, RenderOptions, RenderSummary } from '../workbook/excel/render';
import { ExcelApi } from '../workbook/excel/api';
import { WorkbookPlan } from '../workbook/plan/plan';
import type { ApprovalOutcome, ApprovalRequest } from '../jobs/approve';
import type { Verification, VerifyOptions } from '../workbook/verify/verify';
import type { BudgetInWorkbook, BudgetSource } from '../workbook/budget/read';
import type { RangeValues } from '../workbook/excel/read';
import { readFileBytes } from './files';
import type { ScbAgain } from './scbAgain';

/**
 * Everything the task pane does outside its own state goes through here: the components stay pure
 * and testable, and the same pane runs inside Excel (an Excel API) or as a standalone page (none).
 */
export interface Services {
  readonly inExcel: boolean;
  now(): Date;
  /** The population and the members it was found for (a file's own municipalities, say). */
  population(spec: PopulationSpec, request: PopulationRequest, signal?: AbortSignal): Promise<Result<FoundPopulation>>;
  /**
   * The figure a forecast stands on from SCB: the preliminary monthly folkmängd (TAB6471) when SCB
   * has it at kommun level, else the latest year-end, with a note why.
   */
  scbForecast(
    request: { readonly members: readonly Member[]; readonly populationYear: number },
    signal?: AbortSignal,
  ): Promise<Result<PopulationEstimate>>;
  /** "Samma SCB-fråga som bladet Befolkning": the query stored there, checked, to fetch again exactly (Excel only). */
  scbAgain(need: { readonly feeYear: number; readonly populationYear: number }): Promise<Result<ScbAgain>>;
  readRange(target: { kind: 'selection' } | { kind: 'sheet'; name: string }): Promise<Result<RangeValues>>;
  /** The workbook's sheets by name, in tab order (the budget's sheet is picked from them). */
  sheetNames(): Promise<Result<string[]>>;
  /** What a write must know first, in one read: the add-in's sheets in the way and (asked) the members register. */
  beforeWrite(plan: WorkbookPlan, options?: { readonly register?: boolean }): Promise<Result<BeforeWrite>>;
  /** Writes the plan; with `log`, that row is appended to the Logg sheet in the same write (every write is logged). */
  write(
    plan: WorkbookPlan,
    options: Pick<RenderOptions, 'replaceOwnSheets' | 'onProgress' | 'log'>,
  ): Promise<Result<RenderSummary>>;
  /** Builds the .xlsx (ExcelJS, loaded only now) and hands it to the browser as a download. */
  download(plan: WorkbookPlan, fileName: string): Promise<Result<null>>;
  /** Hands a file to the browser as a download (the invoice CSV: text, saved as UTF-8). */
  save(content: Uint8Array | string, fileName: string, type: string): Promise<Result<null>>;
  /** Kontrollera arbetsboken: recomputes the open workbook from its own figures (as `avgift verify`). */
  verifyWorkbook(options: VerifyOptions): Promise<Result<Verification>>;
  /** SCB revision: the fetched figures against those the fee year's sheets in the workbook used, if any. */
  revision(feeYear: number, population: PopulationSeries): Promise<Result<Revision | undefined>>;
  /** Fastställ: verifies, protects the fee year's sheets and logs Fastställt (as `avgift approve`). */
  approve(request: Omit<ApprovalRequest, 'now'>): Promise<Result<ApprovalOutcome>>;
  /** Reads the budget (the selection, a sheet or an .xlsx file) and checks it; the checker loads now. */
  checkBudget(
    options: Omit<BudgetCheckOptions, 'origin'>,
    source: BudgetSource | { kind: 'file'; file: File },
  ): Promise<Result<BudgetInWorkbook>>;
  selectCell(sheet: string, address: string): Promise<Result<null>>;
  /** Puts a text on the clipboard as HTML (a real table for Word and Outlook) and as plain text. */
  copy(html: string, text: string): Promise<Result<null>>;
}

export interface ServiceOptions {
  readonly excel?: ExcelApi;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
  /** Where downloads go; the browser's anchor-click by default. */
  readonly save?: (content: Uint8Array | string, fileName: string, type: string) => void;
  /** Where a copy goes; the system clipboard by default. */
  readonly copy?: (html: string, text: string) => Promise<void>;
}

export function createServices(options: ServiceOptions = {}): Services {
  const { excel } = options;
  const now = options.now ?? (() => new Date());
  return {
    inExcel: excel !== undefined,
    now,
    // The door to the population sources loads with the first fetch, as each source behind it does.
    population: async (spec, request, signal) =>
      (await import(/* webpackChunkName: "population" */ '../data')).getPopulation(spec, request, {
        now,
        ...optional({ fetch: options.fetch, signal }),
      }),
    scbForecast: async (request, signal) => {
      const { forecastEstimate } = await import(/* webpackChunkName: "scb" */ '../data/forecast');
      return forecastEstimate({ kind: 'scb' }, request, { now, ...optional({ fetch: options.fetch, signal }) });
    },
    verifyWorkbook: async (verifyOptions) => {
      const { verifyYear, excelBook } = await provenance();
      return verifyYear(excelBook(excel), verifyOptions);
    },
    revision: async (feeYear, population) => {
      const { revisionAgainstWorkbook } = await import(
        /* webpackChunkName: "provenance" */ '../workbook/excel/revision'
      );
      return revisionAgainstWorkbook(feeYear, population, excel);
    },
    approve: async (request) => {
      const { approveYear, excelBook } = await provenance();
      return approveYear(excelBook(excel), { ...request, now: now() });
    },
    scbAgain: async (need) => (await import(/* webpackChunkName: "scb-again" */ './scbAgain')).scbAgain(need, excel),
    // Loaded when a range is read: its reader brings Excel's error words, which the first screen does not need.
    readRange: async (target) =>
      (await import(/* webpackChunkName: "excel-read" */ '../workbook/excel/read')).readRangeValues(target, excel),
    // The sheet list alone, without the budget checker: a small chunk of its own.
    sheetNames: async () =>
      (await import(/* webpackChunkName: "sheets" */ '../workbook/excel/sheetNames')).readSheetNames(excel),
    // The renderer loads with the first write (not with the first screen).
    beforeWrite: async (plan, readOptions) => (await renderer()).readBeforeWrite(plan, excel, readOptions),
    write: async (plan, renderOptions) =>
      (await renderer()).renderPlanToExcel(plan, { ...renderOptions, ...optional({ excel }) }),
    download: (plan, fileName) =>
      saved(fileName, async () => {
        const { renderPlanToXlsx } = await import(/* webpackChunkName: "xlsx" */ '../workbook/xlsx/render');
        (options.save ?? saveInBrowser)(await renderPlanToXlsx(plan), fileName, XLSX);
      }),
    save: (content, fileName, type) =>
      saved(fileName, async () => (options.save ?? saveInBrowser)(content, fileName, type)),
    checkBudget: async (budgetOptions, source) => {
      const { checkBudgetInWorkbook, checkBudgetRead } = await budgetReader();
      if (source.kind !== 'file') return checkBudgetInWorkbook(budgetOptions, source, excel);
      const { readXlsxSheet } = await import(/* webpackChunkName: "xlsx" */ '../workbook/xlsx/read');
      const range = await readXlsxSheet(await readFileBytes(source.file), source.file.name);
      return range.ok ? checkBudgetRead(budgetOptions, range.value) : range;
    },
    selectCell: async (sheet, address) => (await renderer()).selectCell(sheet, address, excel),
    copy: async (html, text) => {
      try {
        await (options.copy ?? copyToClipboard)(html, text);
        return ok(null);
      } catch {
        return fail(
          'clipboard',
          'Texten kunde inte kopieras: Office eller webbläsaren gav inte tillgång till urklipp. Markera förhandsvisningen och kopiera med Ctrl+C.',
          'The text could not be copied: Office or the browser gave no access to the clipboard. Select the preview and copy with Ctrl+C.',
          { retry: true },
        );
      }
    },
  };
}

/**
 * The clipboard as the browser allows: both kinds at once where ClipboardItem is there (Chromium,
 * Edge's web view); else the selection of the HTML, copied as the page would, which gives both too.
 */
async function copyToClipboard(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // The add-in's frame may not be allowed the async clipboard: the selection below is.
    }
  }
  const holder = document.createElement('div');
  holder.innerHTML = html; // our own markup, every text in it escaped (budgetTextAs)
  Object.assign(holder.style, { position: 'fixed', left: '-10000px', top: '0' });
  document.body.appendChild(holder);
  const range = document.createRange();
  range.selectNodeContents(holder);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const copied = document.execCommand('copy');
  selection?.removeAllRanges();
  holder.remove();
  if (!copied) throw new Error('copy refused');
}

/** Verify and Fastställ with the open workbook as their book: one chunk, loaded with the first of them. */
const provenance = () => import(/* webpackChunkName: "provenance" */ './provenance');

const budgetReader = () => import(/* webpackChunkName: "budget" */ '../workbook/budget/read');

const renderer = () => import(/* webpackChunkName: "excel" */ '../workbook/excel/render');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download as a value: what failed, and that trying again may work. */
async function saved(fileName: string, work: () => Promise<void>): Promise<Result<null>> {
  try {
    await work();
    return ok(null);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(
      'download',
      `${fileName} kunde inte skapas: ${detail}. Försök igen.`,
      `${fileName} could not be made: ${detail}. Try again.`,
      { retry: true },
    );
  }
}

function saveInBrowser(content: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
