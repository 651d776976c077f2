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

/** One step of the yearly job: a labelled region with a heading, reachable by screen readers. */
export function Step({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  const styles = useStyles();
  return (
    <section aria-labelledby={id} className={styles.step}>
      <Subtitle2 as="h2" id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
