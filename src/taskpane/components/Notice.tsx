import { makeStyles, tokens } from '@fluentui/react-components';
import { ReactNode } from 'react';

const useStyles = makeStyles({
  notice: {
    borderLeft: `4px solid`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, borderLeftColor: tokens.colorPaletteGreenBorderActive },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, borderLeftColor: tokens.colorPaletteYellowBorderActive },
  title: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const MARK = { success: '✓', error: '✕', warning: '!' } as const;

/**
 * A message box whose meaning is in its words (the title always says it), the colour and the mark
 * only repeat it. Errors are announced at once (role alert), the rest politely.
 */
export function Notice({ intent, title, children, actions }: { intent: 'success' | 'error' | 'warning'; title: string; children?: ReactNode; actions?: ReactNode }) {
  const s = useStyles();
  return (
    <div role={intent === 'error' ? 'alert' : 'status'} className={`${s.notice} ${s[intent]}`}>
      <div>
        <span aria-hidden="true">{MARK[intent]} </span>
        <span className={s.title}>{title}</span>
        {children ? <> {children}</> : null}
      </div>
      {actions && <div className={s.actions}>{actions}</div>}
    </div>
  );
}
