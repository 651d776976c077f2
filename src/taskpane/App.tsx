import { Caption1, FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ApproveStep } from './components/ApproveStep';
import { BudgetStep } from './components/BudgetStep';
import { Help } from './components/Help';
import { Header } from './components/Header';
import { PopulationStep } from './components/PopulationStep';
import { RevisionNotice } from './components/RevisionNotice';
import { RuleStep } from './components/RuleStep';
import { VerifyStep } from './components/VerifyStep';
import { WriteStep } from './components/WriteStep';
import { usePane } from './hooks/usePane';
import { Lang, LangContext, languageFor, loadLanguage, stringsFor } from './i18n';
import { Services } from './services';
import { errorOf, valueOf } from './task';

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
    // Fluent's inputs and selects are at least 250 px wide by default: too wide for a zoomed pane.
    '& .fui-Input, & .fui-Select': { minWidth: 0, maxWidth: '100%' },
    // Keyboard focus must always be visible (WCAG 2.4.7).
    '& :focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
});

export interface AppProps {
  readonly services: Services;
  readonly displayLanguage?: string;
  readonly dark?: boolean;
}

/**
 * The yearly job in one pane: fee year and population → rule → workbook (logged; SCB revisions
 * shown) → Fastställ → budget check → Kontrollera, one hook per step.
 */
export function App({ services, displayLanguage, dark = false }: AppProps) {
  const styles = useStyles();
  // The language shows once its texts are in (English loads on demand; the page loads it before the
  // first screen when Office speaks English, so nothing flickers there).
  const wanted = languageFor(displayLanguage);
  const [lang, setShownLang] = useState<Lang>(
    stringsFor(wanted) === stringsFor('sv') && wanted !== 'sv' ? 'sv' : wanted,
  );
  const setLang = (next: Lang) =>
    void loadLanguage(next).then(
      () => setShownLang(next),
      () => undefined,
    );
  useEffect(() => {
    if (wanted !== lang) setLang(wanted);
    // Only the language Office gave at start; later choices are the user's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted]);
  // Screen readers pick their voice from the page's language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const { year, population, rule, fees, write, budget, approve, check } = usePane(services);

  const written = valueOf(write.task);
  const csv = valueOf(write.csvTask);
  const writeError = errorOf(write.task);
  const csvError = errorOf(write.csvTask);
  const budgetResult = valueOf(budget.task);
  const budgetError = errorOf(budget.task) ?? errorOf(budget.sheetTask);
  const sheetWritten = valueOf(budget.sheetTask);
  return (
    // colorScheme: the browser's own parts (scrollbars, the progress bar) follow the theme too.
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      lang={lang}
      className={styles.provider}
      style={{ colorScheme: dark ? 'dark' : 'light' }}
    >
      <LangContext.Provider value={lang}>
        <main className={styles.page}>
          <Header lang={lang} onLang={setLang} />
          {!services.inExcel && <Caption1 block>{stringsFor(lang).standalone}</Caption1>}
          <PopulationStep year={year} population={population} inExcel={services.inExcel} now={services.now()} />
          <RuleStep
            form={rule.form}
            onForm={rule.setForm}
            feeYear={year.feeYear}
            {...(rule.fees ? { fees: rule.fees } : {})}
          />
          <WriteStep
            inExcel={services.inExcel}
            sheets={write.sheets}
            onSheets={write.setSheets}
            ready={fees !== undefined}
            invoices={fees === undefined || fees.kind === 'decided'}
            onWrite={() => void write.write()}
            {...(write.progress ? { progress: write.progress } : {})}
            {...(written?.kind === 'written' ? { summary: written.sheets } : {})}
            {...(written?.kind === 'downloaded' ? { downloaded: written.name } : {})}
            {...(written?.register ? { register: written.register } : {})}
            {...(writeError ? { error: writeError.message } : {})}
            {...(write.question.asking ? { asking: write.question.asking } : {})}
            {...(write.question.locked ? { locked: write.question.locked } : {})}
            onAnswer={write.question.answer}
            onGoToSheet={write.goToSheet}
            {...(write.downloadCsv ? { onDownloadCsv: () => void write.downloadCsv!() } : {})}
            {...(csv ? { csvDownloaded: csv } : {})}
            {...(csvError ? { csvError: csvError.message } : {})}
            {...(write.dueDatePassed ? { dueDatePassed: write.dueDatePassed } : {})}
          />
          {write.revision && <RevisionNotice feeYear={year.feeYear} revision={write.revision} />}
          {services.inExcel && (
            <ApproveStep feeYear={year.feeYear} inExcel={services.inExcel} forecast={year.forecast} approve={approve} />
          )}
          <BudgetStep
            inExcel={services.inExcel}
            target={budget.target}
            onTarget={budget.setTarget}
            choices={budget.choices}
            {...(budget.file ? { fileName: budget.file.name } : {})}
            {...(budget.file && budget.fileError ? { fileError: stringsFor(lang).notXlsx(budget.file.name) } : {})}
            onFile={budget.chooseFile}
            onCheck={() => void budget.check()}
            busy={budget.task.state === 'running'}
            {...(budgetResult ? { result: budgetResult, stale: budget.stale } : {})}
            onFetchFees={budget.fetchFeesAndCheck}
            {...(budgetError ? { error: budgetError.message } : {})}
            onGoTo={budget.goTo}
            onWriteSheet={() => void budget.writeSheet()}
            writingSheet={budget.sheetTask.state === 'running'}
            {...(sheetWritten ? { sheetWritten } : {})}
            {...(budget.question.asking ? { asking: budget.question.asking } : {})}
            onAnswer={budget.question.answer}
          />
          {services.inExcel && <VerifyStep inExcel={services.inExcel} check={check} />}
          <Help />
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
