import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { forwardRef, ReactNode, useId } from 'react';

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
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderLeftColor: tokens.colorPaletteGreenBorderActive,
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeftColor: tokens.colorPaletteYellowBorderActive,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const MARK = { success: '✓', error: '✕', warning: '!' } as const;

/**
 * A message box whose meaning is in its words (the title always says it), the colour and the mark
 * only repeat it. Errors are announced at once (role alert), the rest politely; inside a live region
 * that already announces it, `live={false}` keeps a screen reader from saying it twice. A notice the
 * pane moves the focus to is focusable from script (tabIndex −1) and named by its title.
 */
export const Notice = forwardRef<
  HTMLDivElement,
  { intent: 'success' | 'error' | 'warning'; title: string; children?: ReactNode; actions?: ReactNode; live?: boolean }
>(function Notice({ intent, title, children, actions, live = true }, ref) {
  const s = useStyles();
  const titleId = useId();
  const bodyId = useId();
  const role = live ? (intent === 'error' ? 'alert' : 'status') : ref ? 'group' : undefined;
  return (
    <div
      ref={ref}
      role={role}
      {...(ref
        ? { tabIndex: -1, 'aria-labelledby': titleId, ...(children ? { 'aria-describedby': bodyId } : {}) }
        : {})}
      className={mergeClasses(s.notice, s[intent])}
    >
      <div>
        <span aria-hidden="true">{MARK[intent]} </span>
        <span className={s.title} id={titleId}>
          {title}
        </span>
        {children ? <span id={bodyId}> {children}</span> : null}
      </div>
      {actions && <div className={s.actions}>{actions}</div>}
    </div>
  );
});
