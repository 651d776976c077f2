import { useEffect, useState } from 'react';
import { ColumnOption, forecastLabel, Message, ok, Result, optional } from '../../domain';
import type { BudgetInWorkbook } from '../../workbook/budget/read';
import { BudgetFees, Fees, feesForBudget } from '../../jobs/fees';
import { Services } from '../services';
import { Task, useTask, valueOf } from '../task';
import { SheetQuestionState, useSheetQuestion } from './useSheetQuestion';

export type BudgetTarget = 'selection' | 'sheet' | 'file';

/** The fees a budget was compared with, as the verdict names them. */
export interface ComparedFees {
  readonly feeYear: number;
  /** Decided or forecast: a budget is never judged against a what-if. */
  readonly kind: BudgetFees['kind'];
  readonly totalOre: number;
  readonly rule: Message;
  /** For a forecast: its name ("Prognos 2027 – folkmängd 31 december 2025"). */
  readonly name?: Message;
}

export interface BudgetResult extends BudgetInWorkbook {
  readonly feeYear: number;
  /** Undefined: the fees were not compared (no population fetched for the fee year). */
  readonly compared?: ComparedFees;
}

export type BudgetSheetOutcome =
  | { readonly kind: 'written'; readonly names: readonly string[] }
  | { readonly kind: 'downloaded'; readonly name: string };

/** The choices of step 4 beyond where the budget is: the sheet it is on, and the amount column when a check asks. */
export interface BudgetChoices {
  /** The sheet the officer picked; else the one called Budget, else the first of `sheets`. */
  readonly picked: string | undefined;
  /** In Excel: the workbook's sheets, read when the choice is shown, at each check and when the officer comes to it. */
  readonly sheets: readonly string[] | undefined;
  readonly pick: (name: string) => void;
  readonly readSheets: () => void;
  /** Several amount columns and none for the fee year: the columns offered, and the one chosen. */
  readonly columns: readonly ColumnOption[] | undefined;
  readonly column: string | undefined;
  readonly choose: (letter: string) => void;
}

export interface BudgetStepState {
  readonly target: BudgetTarget;
  readonly setTarget: (target: BudgetTarget) => void;
  readonly choices: BudgetChoices;
  readonly file?: File;
  readonly chooseFile: (file: File) => void;
  /** What is wrong with the chosen file before it is read (not .xlsx). */
  readonly fileError?: boolean;
  readonly task: Task<BudgetResult>;
  readonly check: () => Promise<void>;
  /** The fees changed since the check: it is for other fees than those now shown. */
  readonly stale: boolean;
  /** Fetch the population, then check again with the fees (when none were compared). */
  readonly fetchFeesAndCheck: () => void;
  readonly sheetTask: Task<BudgetSheetOutcome>;
  readonly writeSheet: () => Promise<void>;
  readonly question: SheetQuestionState;
  readonly goTo: (sheet: string, cell: string) => void;
}

/** The comparison key of fees: a check for other fees is stale. */
const keyOf = (feeYear: number, c: ComparedFees | undefined) => `${feeYear}|${c?.kind ?? ''}|${c?.totalOre ?? ''}`;

/**
 * What the verdict says it compared with: the decided fees or their forecast, never the what-if on screen.
 *
 * @example
 * comparedFees(fees4_50kr2026) // → { feeYear: 2026, kind: 'decided', totalOre: 210_250_000, … } (the decided 4 kr beside the scenario)
 */
export function comparedFees(shown: Fees | undefined): ComparedFees | undefined {
  const fees = feesForBudget(shown);
  if (!fees) return undefined;
  const a = fees.allocation;
  const name = a.forecast ? forecastLabel(a.feeYear, a.forecast) : undefined;
  return { feeYear: a.feeYear, kind: fees.kind, totalOre: a.totalOre, rule: a.ruleDescription, ...optional({ name }) };
}

/** Step 4: the budget to check, the check against the fees shown, and the Budgetkontroll sheet. */
export function useBudgetCheck(
  services: Services,
  feeYear: number,
  fees: Fees | undefined,
  fetchPopulation: () => Promise<void>,
): BudgetStepState {
  const [target, setTarget] = useState<BudgetTarget>(services.inExcel ? 'sheet' : 'file');
  const [picked, setPicked] = useState<string>();
  const [sheets, setSheets] = useState<readonly string[]>();
  const [file, setFile] = useState<File>();
  // The columns a check asked about stay offered (to change the choice) until the budget read changes.
  const [columns, setColumns] = useState<readonly ColumnOption[]>();
  const [column, setColumn] = useState<string>();
  const otherBudget =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setColumns(undefined);
      setColumn(undefined);
    };
  const readSheets = () =>
    void services.sheetNames().then((names) => {
      if (names.ok) setSheets(names.value);
    });
  const [recheck, setRecheck] = useState(false);
  const handle = useTask<BudgetResult>();
  const sheet = useTask<BudgetSheetOutcome>();
  const question = useSheetQuestion();
  const compared = comparedFees(fees);

  const check = () =>
    handle.run(async (): Promise<Result<BudgetResult>> => {
      sheet.reset();
      // Not picked: the sheet called Budget, else the first, as the workbook is now; the list shown
      // follows from the same read.
      const source =
        target === 'file'
          ? { kind: 'file' as const, file: file! }
          : target === 'selection'
            ? { kind: 'selection' as const }
            : picked
              ? { kind: 'sheet' as const, name: picked }
              : { kind: 'budget-sheet' as const };
      // What the budget is compared with loads with the first check, as the checker does.
      const { budgetCheckOptions } = await import(/* webpackChunkName: "budget" */ '../../jobs/budgetCheck');
      const read = await services.checkBudget(
        budgetCheckOptions(feeYear, fees, columns && column ? column : undefined),
        source,
      );
      if (read.ok && read.value.sheets) setSheets(read.value.sheets);
      if (!read.ok && read.error.columns) setColumns(read.error.columns);
      return read.ok ? ok({ ...read.value, feeYear, ...optional({ compared }) }) : read;
    });

  useEffect(() => {
    if (services.inExcel && target === 'sheet') readSheets();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  // After "fetch the fees and check again": once the fees are there, the check runs with them.
  useEffect(() => {
    if (recheck && fees) {
      setRecheck(false);
      void check();
    }
  });

  const result = valueOf(handle.task);
  return {
    target,
    setTarget: otherBudget(setTarget),
    choices: { picked, sheets, pick: otherBudget(setPicked), readSheets, columns, column, choose: setColumn },
    ...optional({ file }),
    chooseFile: otherBudget(setFile),
    fileError: file !== undefined && !/\.xlsx$/i.test(file.name),
    task: handle.task,
    check,
    stale: result !== undefined && keyOf(result.feeYear, result.compared) !== keyOf(feeYear, compared),
    fetchFeesAndCheck: () => {
      setRecheck(true);
      void fetchPopulation();
    },
    sheetTask: sheet.task,
    writeSheet: () =>
      sheet.run(async (): Promise<Result<BudgetSheetOutcome> | undefined> => {
        if (!result) return undefined;
        const { budgetCheckPlan } = await import(/* webpackChunkName: "budget" */ '../../jobs/budgetSheet');
        const plan = budgetCheckPlan({
          check: result.check,
          feeYear: result.feeYear,
          location: result.location,
          ...(result.compared ? { basis: result.compared.rule } : {}),
          generatedAt: services.now().toISOString(),
        });
        if (!services.inExcel) {
          const name = `Budgetkontroll-${result.feeYear}.xlsx`;
          const saved = await services.download(plan, name);
          return saved.ok ? ok({ kind: 'downloaded', name }) : saved;
        }
        const before = await services.beforeWrite(plan);
        if (!before.ok) return before;
        const choice = await question.replaceOrVersion(before.value.inTheWay);
        if (choice === 'cancel') return undefined;
        const written = await services.write(plan, { replaceOwnSheets: choice === 'replace' });
        return written.ok ? ok({ kind: 'written', names: written.value.sheets.map((s) => s.name) }) : written;
      }),
    question,
    goTo: (sheetName, cell) => void services.selectCell(sheetName, cell),
  };
}
