import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import { useLang, useStrings } from '../i18n';

/** The help's body: a chunk of its own, loaded when the help is opened. */
const HelpBody = lazy(() => import(/* webpackChunkName: "help" */ '../help/HelpBody'));

/**
 * The add-in's version: package.json's, written in by the build (webpack's DefinePlugin; the
 * manifest's <Version> is the same), "utveckling" where no build has written it (tests).
 */
export const APP_VERSION: string = process.env.AVGIFT_VERSION ?? 'utveckling';

const useStyles = makeStyles({
  help: {
    marginTop: tokens.spacingVerticalL,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  summary: {
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  list: {
    paddingLeft: tokens.spacingHorizontalXL,
    marginTop: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
});

/**
 * The pane's short help and its version, closed until opened (a native <details>: Enter or Space on
 * its summary opens it, and screen readers announce it as expandable); its text loads as it opens.
 * @example <Help /> // "Så gör du årets avgifter" (closed) and "Avgiftsfördelning version 0.1.0"
 */
export function Help() {
  const styles = useStyles();
  const text = useStrings().help;
  const lang = useLang();
  const [open, setOpen] = useState(false);
  return (
    <footer className={styles.help}>
      <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary className={styles.summary}>{text.title}</summary>
        {open && (
          <Suspense fallback={null}>
            <HelpBody lang={lang} listClass={styles.list} />
          </Suspense>
        )}
      </details>
      <Caption1 block>{text.version(APP_VERSION)}</Caption1>
    </footer>
  );
}
