import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ReactNode, useId } from 'react';

const useStyles = makeStyles({
  step: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * One step of a task page: a labelled region with a heading, numbered in its page, reachable by
 * screen readers.
 *
 * @example <Step n={2} title="Budgetmall">…</Step> // <h2>2. Budgetmall</h2>
 */
export function Step({ n, title, children }: { n?: number; title: string; children: ReactNode }) {
  const id = useId();
  const styles = useStyles();
  return (
    <section aria-labelledby={id} className={styles.step}>
      <Subtitle2 as="h2" id={id}>
        {n === undefined ? title : `${n}. ${title}`}
      </Subtitle2>
      {children}
    </section>
  );
}
