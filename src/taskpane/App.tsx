import { Caption1, FluentProvider, makeStyles, Select, Title3, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { BudgetCheck, checkBudget, Member, Message, PopulationSeries, Result, SODERTORN_MEMBERS } from '../domain';
import { PopulationSpec } from '../data';
import { RenderSummary } from '../workbook/excel';
import { budgetCheckSheet } from '../workbook/layouts';
import { BudgetStep, BudgetTarget } from './components/BudgetStep';
import { PopulationStep, SourceKind } from './components/PopulationStep';
import { RuleStep } from './components/RuleStep';
import { WriteProgress, WriteStep } from './components/WriteStep';
import { Lang, LangContext, languageFor, STRINGS } from './i18n';
import { computeAllocation, DEFAULT_RULE_FORM, DEFAULT_SHEETS, planFor, populationRows, RuleForm, SheetChoice, yearsToFetch } from './model';
import { Services } from './services';

const useStyles = makeStyles({
  page: {
    maxWidth: '420px',
    minWidth: '280px',
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXXL,
    // Keyboard focus must always be visible (WCAG 2.4.7).
    '& :focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', gap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalM },
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
}

/** A file's text through FileReader, which every browser (and jsdom) has. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
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
  const [populationError, setPopulationError] = useState<Message>();
  const [loading, setLoading] = useState(false);
  const [form, setForm] = useState<RuleForm>(DEFAULT_RULE_FORM);
  const [sheets, setSheets] = useState<SheetChoice>(DEFAULT_SHEETS);
  const [progress, setProgress] = useState<WriteProgress>();
  const [summary, setSummary] = useState<RenderSummary>();
  const [downloaded, setDownloaded] = useState<string>();
  const [writeError, setWriteError] = useState<Message>();
  const [asking, setAsking] = useState<readonly string[]>();
  const answer = useRef<(a: 'replace' | 'version' | 'cancel') => void>();
  const [budgetTarget, setBudgetTarget] = useState<BudgetTarget>(services.inExcel ? 'sheet' : 'file');
  const [budgetFile, setBudgetFile] = useState<File>();
  const [budget, setBudget] = useState<{ check: BudgetCheck; sheet: string; location: string }>();
  const [budgetError, setBudgetError] = useState<Message>();
  const [budgetBusy, setBudgetBusy] = useState(false);

  const allocation = useMemo(
    () => (population ? computeAllocation(feeYear, form, population.members, population.series) : undefined),
    [population, feeYear, form],
  );
  const rows = useMemo(() => (population ? populationRows(population.series, population.members, feeYear - 1) : undefined), [population, feeYear]);

  async function fetchPopulation(): Promise<void> {
    setLoading(true);
    setPopulationError(undefined);
    const years = yearsToFetch(feeYear);
    let spec: PopulationSpec;
    if (source === 'snapshot') spec = { kind: 'snapshot' };
    else if (source === 'scb') spec = { kind: 'scb' };
    else if (source === 'file') spec = { kind: 'file', fileName: file!.name, text: file!.text };
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
    const result = await services.population(spec, { members, years: spec.kind === 'scb' ? years : [feeYear - 1] });
    done(result, members, fromSource !== undefined);

    function done(r: Result<PopulationSeries>, m: readonly Member[] = SODERTORN_MEMBERS, own = false) {
      setLoading(false);
      if (r.ok) {
        setPopulation({ series: r.value, members: m, membersFromSource: own });
      } else {
        setPopulation(undefined);
        setPopulationError(r.error.message);
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

  async function write(): Promise<void> {
    if (!population || !allocation?.ok) return;
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
    const inTheWay = await services.ownSheetsInTheWay(plan);
    if (!inTheWay.ok) {
      setProgress(undefined);
      setWriteError(inTheWay.error.message);
      return;
    }
    let replaceOwnSheets = false;
    if (inTheWay.value.length) {
      const choice = await new Promise<'replace' | 'version' | 'cancel'>((resolve) => {
        answer.current = resolve;
        setAsking(inTheWay.value);
      });
      setAsking(undefined);
      if (choice === 'cancel') {
        setProgress(undefined);
        return;
      }
      replaceOwnSheets = choice === 'replace';
    }
    const result = await services.write(plan, {
      replaceOwnSheets,
      onProgress: (p) => setProgress({ done: p.done, total: p.total, reading: p.step === 'read' }),
    });
    setProgress(undefined);
    if (result.ok) setSummary(result.value);
    else setWriteError(result.error.message);
  }

  async function runBudgetCheck(): Promise<void> {
    setBudgetBusy(true);
    setBudgetError(undefined);
    setBudget(undefined);
    const range =
      budgetTarget === 'file'
        ? await services.readBudgetFile(budgetFile!)
        : await services.readRange(budgetTarget === 'selection' ? { kind: 'selection' } : { kind: 'sheet', name: 'Budget' });
    setBudgetBusy(false);
    if (!range.ok) {
      setBudgetError(range.error.message);
      return;
    }
    const expected = allocation?.ok ? { expectedFeeRevenueOre: allocation.value.totalOre, populationTotal: allocation.value.totalPopulation, populationYear: allocation.value.populationYear } : {};
    const check = checkBudget(range.value.values, { feeYear, origin: range.value.address.split(':')[0], ...expected });
    setBudget({ check, sheet: range.value.sheet, location: `${range.value.sheet}!${range.value.address}` });
  }

  async function writeBudgetSheet(): Promise<void> {
    if (!budget) return;
    const sheet = budgetCheckSheet({
      check: budget.check,
      feeYear,
      budgetLocation: budget.location,
      ...(allocation?.ok ? { expectedBasis: allocation.value.ruleDescription.sv } : {}),
      generatedAt: services.now().toISOString(),
    });
    const plan = { sheets: [sheet], names: [] };
    if (!services.inExcel) {
      await services.download(plan, `Budgetkontroll-${feeYear}.xlsx`);
      return;
    }
    const result = await services.write(plan, { replaceOwnSheets: false });
    if (!result.ok) setBudgetError(result.error.message);
  }

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang}>
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
            onFile={(f) => void readText(f).then((text) => setFile({ name: f.name, text }))}
            onFetch={() => void fetchPopulation()}
            loading={loading}
            {...(populationError ? { error: populationError } : {})}
            {...(population ? { series: population.series } : {})}
            {...(rows ? { rows } : {})}
            {...(population?.membersFromSource ? { membersNote: t.membersFromSource(population.members.length) } : {})}
          />
          <RuleStep form={form} onForm={setForm} {...(allocation ? { preview: allocation } : {})} />
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
            {...(asking ? { asking } : {})}
            onAnswer={(a) => answer.current?.(a)}
          />
          <BudgetStep
            inExcel={services.inExcel}
            target={budgetTarget}
            onTarget={setBudgetTarget}
            {...(budgetFile ? { fileName: budgetFile.name } : {})}
            onFile={setBudgetFile}
            onCheck={() => void runBudgetCheck()}
            busy={budgetBusy}
            {...(budget ? { result: budget } : {})}
            {...(budgetError ? { error: budgetError } : {})}
            onGoTo={(sheet, cell) => void services.selectCell(sheet, cell)}
            onWriteSheet={() => void writeBudgetSheet()}
          />
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
