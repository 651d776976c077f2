import { Caption1, FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FeeYearField } from './components/FeeYearField';
import { Help } from './components/Help';
import { Header } from './components/Header';
import { tabId, TaskTabs } from './components/TaskTabs';
import { PaneState, usePane } from './hooks/usePane';
import { Lang, LangContext, languageFor, loadLanguage, stringsFor } from './i18n';
import { ApprovePage } from './pages/ApprovePage';
import { BudgetPage } from './pages/BudgetPage';
import { InvoicesPage } from './pages/InvoicesPage';
import { Services } from './services';
import { PaneTask } from './tasks';
import { themeFor } from './theme';

/** Each task's page: its own short list of steps. */
const PAGES: Record<PaneTask, (props: { pane: PaneState; services: Services }) => JSX.Element> = {
  budget: BudgetPage,
  invoices: InvoicesPage,
  approve: ApprovePage,
};
const PANEL_ID = 'task-page';

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
 * The officer's year in one pane: the fee year, then three task pages in the year's order (the
 * budget for next year, the year's fees and invoices, Fastställ and Kontrollera), the one in season
 * open; one hook per step (usePane).
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

  const pane = usePane(services);
  const Page = PAGES[pane.task];
  return (
    // colorScheme: the browser's own parts (scrollbars, the progress bar) follow the theme too.
    <FluentProvider
      theme={themeFor(dark)}
      lang={lang}
      className={styles.provider}
      style={{ colorScheme: dark ? 'dark' : 'light' }}
    >
      <LangContext.Provider value={lang}>
        <main className={styles.page}>
          <Header lang={lang} onLang={setLang} />
          {!services.inExcel && <Caption1 block>{stringsFor(lang).standalone}</Caption1>}
          <FeeYearField year={pane.year} now={services.now()} />
          <TaskTabs task={pane.task} onTask={pane.chooseTask} panelId={PANEL_ID} />
          <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(pane.task)}>
            <Page pane={pane} services={services} />
          </div>
          <Help />
        </main>
      </LangContext.Provider>
    </FluentProvider>
  );
}
