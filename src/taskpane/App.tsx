import { Caption1, FluentProvider, makeStyles, Select, Title3, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { AvgiftError, BudgetCheck, Member, Message, PopulationSeries, Result, SODERTORN_MEMBERS } from '../domain';
import { PopulationSpec } from '../data';
import { SNAPSHOT_FIRST_YEAR, SNAPSHOT_LAST_YEAR } from '../data/snapshot';
import { RenderSummary } from '../workbook/excel';
import { WorkbookPlan } from '../workbook/plan';
import type { BudgetInWorkbook } from '../workbook/budgetRead';
import { BudgetStep, BudgetTarget } from './components/BudgetStep';
import { Help } from './components/Help';
import { PopulationStep, SourceKind } from './components/PopulationStep';
import { RuleStep } from './components/RuleStep';
import { SheetAnswer } from './components/SheetQuestion';
import { WriteProgress, WriteStep } from './components/WriteStep';
import { Lang, LangContext, languageFor, STRINGS } from './i18n';
import { computeAllocation, DEFAULT_RULE_FORM, DEFAULT_SHEETS, planFor, populationRows, RuleForm, SheetChoice, yearsToFetch } from './model';
import { readFileText } from './files';
import { Services } from './services';

const useStyles = makeStyles({
  // The theme's background fills the whole pane, not only the part with content.
  provider: { minHeight: '100vh' },
  page: {
    maxWidth: '420px',
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXXL,
    // Long Swedish compounds ("Södertörnskommunernas") may break rather than push the pane sideways
    // at 320 px or 200 % zoom (WCAG 1.4.10); amounts never break (DataTable keeps them whole).
    overflowWrap: 'anywhere',
    // Fluent's inputs are at least 250 px wide by default: too wide for a zoomed pane.
    '& .fui-Input': { minWidth: 0, maxWidth: '100%' },
    // Keyboard focus must always be visible (WCAG 2.4.7).
    '& :focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  header: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalM },
});

export interface AppProps {
  readonly services: Services;
  readonly displayLanguage?: string;
  readonly dark?: boolean;
}

interface Population {
  readonly series: PopulationSeries;
  readonly members: readonly Member[];
  readonly membersFromSource: boolean;
  /** The fee year it was fetched for: after the year changes it is stale until fetched again. */
  readonly feeYear: number;
}

/** SCB failures where the bundled snapshot lets the officer carry on (the message says so). */
const SNAPSHOT_HELPS = new Set(['scb-no-fetch', 'scb-network', 'scb-timeout', 'scb-rate-limited', 'scb-server', 'scb-http', 'scb-content-type', 'scb-truncated', 'scb-bad-data', 'scb-incomplete']);

const isXlsx = (name: string): boolean => /\.xlsx$/i.test(name);

/** A failure nobody foresaw (a thrown error), in the same words as the rest, with what to do next. */
function unexpected(e: unknown): AvgiftError {
  const detail = e instanceof Error ? e.message : String(e);
  return { code: 'unexpected', message: { sv: `Något gick fel (${detail}). Försök igen; om felet kvarstår, ladda om tillägget.`, en: `Something went wrong (${detail}). Try again; if it persists, reload the add-in.` } };
}


/** The yearly job in one pane: population → rule → workbook → budget check. */
export function App({ services, displayLanguage, dark = false }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(languageFor(displayLanguage));
  const t = STRINGS[lang];
  const [feeYear, setFeeYear] = useState(() => services.now().getFullYear());
  const [yearText, setYearText] = useState(() => String(services.now().getFullYear()));
  const yearValid = /^\d{4}$/.test(yearText.trim()) && Number(yearText) >= 2010 && Number(yearText) <= 2100;
  const [source, setSource] = useState<SourceKind>('snapshot');
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [population, setPopulation] = useState<Population>();
  const [populationError, setPopulationError] = useState<AvgiftError>();
  const [loading, setLoading] = useState(false);
  /** Set at once on a click (state is not): a second click while busy does nothing. */
  const busy = useRef({ fetch: false, write: false, check: false, budgetSheet: false });
  /** The SCB fetch under way, which the officer may cancel. */
  const fetching = useRef<AbortController>();
  const [form, setForm] = useState<RuleForm>(DEFAULT_RULE_FORM);
  const [sheets, setSheets] = useState<SheetChoice>(DEFAULT_SHEETS);
  const [progress, setProgress] = useState<WriteProgress>();
  const [summary, setSummary] = useState<RenderSummary>();
  const [downloaded, setDownloaded] = useState<string>();
  const [writeError, setWriteError] = useState<Message>();
  const [asking, setAsking] = useState<{ step: 'write' | 'budget'; names: readonly string[] }>();
  const answer = useRef<(a: SheetAnswer) => void>();
  const [budgetTarget, setBudgetTarget] = useState<BudgetTarget>(services.inExcel ? 'sheet' : 'file');
  const [budgetFile, setBudgetFile] = useState<File>();
  const [budget, setBudget] = useState<{ check: BudgetCheck; sheet: string; location: string; basis: string }>();
  const [budgetError, setBudgetError] = useState<Message>();
  const [budgetBusy, setBudgetBusy] = useState(false);
  const [budgetSheetBusy, setBudgetSheetBusy] = useState(false);
  const [budgetSheetWritten, setBudgetSheetWritten] = useState<string>();

  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  /** The population for the fee year now chosen; none while what was fetched is for another year. */
  const current = population?.feeYear === feeYear ? population : undefined;
  const allocation = useMemo(
    () => (current ? computeAllocation(feeYear, form, current.members, current.series) : undefined),
    [current, feeYear, form],
  );
  const rows = useMemo(() => (current ? populationRows(current.series, current.members, feeYear - 1) : undefined), [current, feeYear]);
  /** What the budget was checked against; a result for other fees says so. */
  const basis = `${feeYear}|${allocation?.ok ? allocation.value.totalOre : ''}`;

  async function fetchPopulation(chosen: SourceKind = source): Promise<void> {
    if (busy.current.fetch) return;
    busy.current.fetch = true;
    fetching.current = new AbortController();
    setLoading(true);
    setPopulationError(undefined);
    try {
      await loadPopulation(chosen, fetching.current.signal);
    } catch (e) {
      setPopulation(undefined);
      setPopulationError(unexpected(e));
    } finally {
      busy.current.fetch = false;
      fetching.current = undefined;
      setLoading(false);
    }
  }

  async function loadPopulation(chosen: SourceKind, signal: AbortSignal): Promise<void> {
    const years = yearsToFetch(feeYear);
    let spec: PopulationSpec;
    if (chosen === 'snapshot') spec = { kind: 'snapshot' };
    else if (chosen === 'scb') spec = { kind: 'scb' };
    else if (chosen === 'file') spec = { kind: 'file', fileName: file!.name, text: file!.text };
    else {
      const range = await services.readRange({ kind: 'selection' });
      if (!range.ok) return done(range);
      spec = { kind: 'cells', values: range.value.values, location: `${range.value.sheet}!${range.value.address}` };
    }
    // A file or range may hold another cooperation's municipalities: then they are the members.
    const fromSource = spec.kind === 'file' || spec.kind === 'cells' ? await membersIn(spec) : undefined;
    const members = fromSource ?? SODERTORN_MEMBERS;
    // SCB is asked once for every year-end the rules and the change column may need; other sources
    // must hold at least the fee year's population date.
    const result = await services.population(spec, { members, years: spec.kind === 'scb' ? years : [feeYear - 1] }, signal);
    done(result, members, fromSource !== undefined);

    function done(r: Result<PopulationSeries>, m: readonly Member[] = SODERTORN_MEMBERS, own = false) {
      if (r.ok) {
        setPopulation({ series: r.value, members: m, membersFromSource: own, feeYear });
      } else {
        setPopulation(undefined);
        setPopulationError(r.error);
      }
    }
  }

  /** The source's own municipalities, when they are not the eight of Södertörn. */
  async function membersIn(spec: PopulationSpec): Promise<readonly Member[] | undefined> {
    const parsed =
      spec.kind === 'file'
        ? (await import(/* webpackChunkName: "population-file" */ '../data/populationFile')).readPopulationFile(spec.text, spec.fileName, '')
        : spec.kind === 'cells'
          ? (await import(/* webpackChunkName: "population-file" */ '../data/range')).populationFromCells(spec.values, spec.location)
          : undefined;
    if (!parsed?.ok) return undefined;
    const codes = new Set(parsed.value.members.map((m) => m.code));
    return SODERTORN_MEMBERS.every((m) => codes.has(m.code)) ? undefined : parsed.value.members;
  }

  /** Asks in the given step when the add-in's own sheets are in the way; undefined: an error was shown. */
  async function replaceOrVersion(plan: WorkbookPlan, step: 'write' | 'budget', onError: (m: Message) => void): Promise<SheetAnswer | undefined> {
    const inTheWay = await services.ownSheetsInTheWay(plan);
    if (!inTheWay.ok) {
      onError(inTheWay.error.message);
      return undefined;
    }
    if (!inTheWay.value.length) return 'version';
    const choice = await new Promise<SheetAnswer>((resolve) => {
      answer.current = resolve;
      setAsking({ step, names: inTheWay.value });
    });
    setAsking(undefined);
    return choice;
  }

  async function write(): Promise<void> {
    if (!current || !allocation?.ok || busy.current.write) return;
    busy.current.write = true;
    try {
      await writeFeeSheets(current);
    } finally {
      busy.current.write = false;
    }
  }

  async function writeFeeSheets(population: Population): Promise<void> {
    if (!allocation?.ok) return;
    setSummary(undefined);
    setDownloaded(undefined);
    setWriteError(undefined);
    const plan = planFor(allocation.value, population.members, population.series, sheets, services.now().toISOString());
    if (!services.inExcel) {
      const name = `Avgift-${feeYear}.xlsx`;
      setProgress({ done: 0, total: plan.sheets.length, reading: false });
      try {
        await services.download(plan, name);
        setDownloaded(name);
      } catch (e) {
        const detail = e instanceof Error ? e.message : String(e);
        setWriteError({ sv: `Arbetsboken kunde inte skapas: ${detail}. Försök igen.`, en: `The workbook could not be made: ${detail}. Try again.` });
      } finally {
        setProgress(undefined);
      }
      return;
    }
    setProgress({ done: 0, total: plan.sheets.length, reading: true });
    const choice = await replaceOrVersion(plan, 'write', setWriteError);
    if (choice === undefined || choice === 'cancel') {
      setProgress(undefined);
      return;
    }
    const result = await services.write(plan, {
      replaceOwnSheets: choice === 'replace',
      onProgress: (p) => setProgress({ done: p.done, total: p.total, reading: p.step === 'read' }),
    });
    setProgress(undefined);
    if (result.ok) setSummary(result.value);
    else setWriteError(result.error.message);
  }

  function chooseBudgetFile(f: File): void {
    setBudgetFile(f);
    setBudgetError(undefined);
  }

  async function runBudgetCheck(): Promise<void> {
    if (busy.current.check) return;
    busy.current.check = true;
    setBudgetBusy(true);
    setBudgetError(undefined);
    setBudget(undefined);
    setBudgetSheetWritten(undefined);
    const expected = allocation?.ok ? { expectedFeeRevenueOre: allocation.value.totalOre, populationTotal: allocation.value.totalPopulation, populationYear: allocation.value.populationYear } : {};
    const source = budgetTarget === 'file' ? { kind: 'file' as const, file: budgetFile! } : budgetTarget === 'selection' ? { kind: 'selection' as const } : { kind: 'sheet' as const, name: 'Budget' };
    let result: Result<BudgetInWorkbook>;
    try {
      result = await services.checkBudget({ feeYear, ...expected }, source);
    } catch (e) {
      result = { ok: false, error: unexpected(e) };
    } finally {
      busy.current.check = false;
      setBudgetBusy(false);
    }
    if (!result.ok) {
      setBudgetError(result.error.message);
      return;
    }
    const { check, sheet, location } = result.value;
    setBudget({ check, sheet, location, basis });
  }

  async function writeBudgetSheet(): Promise<void> {
    if (!budget || busy.current.budgetSheet) return;
    busy.current.budgetSheet = true;
    setBudgetSheetBusy(true);
    setBudgetError(undefined);
    setBudgetSheetWritten(undefined);
    try {
      const written = await writeBudgetCheckSheet(budget);
      if (written) setBudgetSheetWritten(written);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setBudgetError({ sv: `Bladet Budgetkontroll kunde inte skrivas: ${detail}. Försök igen.`, en: `The Budgetkontroll sheet could not be written: ${detail}. Try again.` });
    } finally {
      busy.current.budgetSheet = false;
      setBudgetSheetBusy(false);
    }
  }

  /** Writes (or downloads) the Budgetkontroll sheet; the words for what became of it, or undefined. */
  async function writeBudgetCheckSheet(budget: { check: BudgetCheck; location: string }): Promise<string | undefined> {
    const { budgetCheckSheet } = await import(/* webpackChunkName: "budget" */ '../workbook/layouts/budget');
    const sheet = budgetCheckSheet({
      check: budget.check,
      feeYear,
      budgetLocation: budget.location,
      ...(allocation?.ok ? { expectedBasis: allocation.value.ruleDescription.sv } : {}),
      generatedAt: services.now().toISOString(),
    });
    const plan = { sheets: [sheet], names: [] };
    if (!services.inExcel) {
      const name = `Budgetkontroll-${feeYear}.xlsx`;
      await services.download(plan, name);
      return t.downloaded(name);
    }
    const choice = await replaceOrVersion(plan, 'budget', setBudgetError);
    if (choice === undefined || choice === 'cancel') return undefined;
    const result = await services.write(plan, { replaceOwnSheets: choice === 'replace' });
    if (!result.ok) {
      setBudgetError(result.error.message);
      return undefined;
    }
    return result.value.sheets.map((s) => t.budgetSheetWritten(s.name)).join(' ');
  }

  return (
    // colorScheme: the browser's own parts (scrollbars, the progress bar) follow the theme too.
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang} className={styles.provider} style={{ colorScheme: dark ? 'dark' : 'light' }}>
      <LangContext.Provider value={lang}>
        <main className={styles.page}>
          <header className={styles.header}>
            <div>
              <Title3 as="h1">{t.appTitle}</Title3>
              <Caption1 block>{t.appSubtitle}</Caption1>
            </div>
            <Select aria-label={t.language} value={lang} onChange={(_, data) => setLang(data.value as Lang)} size="small">
              <option value="sv">Svenska</option>
              <option value="en">English</option>
            </Select>
          </header>
          {!services.inExcel && <Caption1 block>{t.standalone}</Caption1>}
          <PopulationStep
            feeYear={feeYear}
            yearText={yearText}
            onYearText={(text) => {
              setYearText(text);
              if (/^\d{4}$/.test(text.trim()) && Number(text) >= 2010 && Number(text) <= 2100) setFeeYear(Number(text));
            }}
            {...(yearValid ? {} : { yearError: t.yearInvalid })}
            source={source}
            onSource={setSource}
            inExcel={services.inExcel}
            {...(file ? { fileName: file.name } : {})}
            onFile={(f) => void readFileText(f).then((text) => setFile({ name: f.name, text }))}
            onFetch={() => void fetchPopulation()}
            onCancel={() => fetching.current?.abort()}
            loading={loading}
            {...(populationError ? { error: populationError.message } : {})}
            {...(populationError && source === 'scb' && SNAPSHOT_HELPS.has(populationError.code) && feeYear - 1 >= SNAPSHOT_FIRST_YEAR && feeYear - 1 <= SNAPSHOT_LAST_YEAR
              ? {
                  onUseSnapshot: () => {
                    setSource('snapshot');
                    void fetchPopulation('snapshot');
                  },
                }
              : {})}
            {...(current ? { series: current.series } : {})}
            {...(rows ? { rows } : {})}
            {...(current?.membersFromSource ? { membersNote: t.membersFromSource(current.members.length) } : {})}
            {...(population && !current ? { staleNote: t.stale(population.feeYear, feeYear) } : {})}
          />
          <RuleStep form={form} onForm={setForm} feeYear={feeYear} {...(allocation ? { preview: allocation } : {})} />
          <WriteStep
            inExcel={services.inExcel}
            sheets={sheets}
            onSheets={setSheets}
            ready={allocation?.ok === true}
            onWrite={() => void write()}
            {...(progress ? { progress } : {})}
            {...(summary ? { summary } : {})}
            {...(downloaded ? { downloaded } : {})}
            {...(writeError ? { error: writeError } : {})}
            {...(asking?.step === 'write' ? { asking: asking.names } : {})}
            onAnswer={(a) => answer.current?.(a)}
          />
          <BudgetStep
            inExcel={services.inExcel}
            target={budgetTarget}
            onTarget={setBudgetTarget}
            {...(budgetFile ? { fileName: budgetFile.name } : {})}
            {...(budgetFile && !isXlsx(budgetFile.name) ? { fileError: t.notXlsx(budgetFile.name) } : {})}
            onFile={chooseBudgetFile}
            onCheck={() => void runBudgetCheck()}
            busy={budgetBusy}
            {...(budget ? { result: budget, stale: budget.basis !== basis } : {})}
            {...(budgetError ? { error: budgetError } : {})}
            onGoTo={(sheet, cell) => void services.selectCell(sheet, cell)}
            onWriteSheet={() => void writeBudgetSheet()}
            writingSheet={budgetSheetBusy}
            {...(budgetSheetWritten ? { sheetWritten: budgetSheetWritten } : {})}
            {...(asking?.step === 'budget' ? { asking: asking.names } : {})}
            onAnswer={(a) => answer.current?.(a)}
          />
          <Help />
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
