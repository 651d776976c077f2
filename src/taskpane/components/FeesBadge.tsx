import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { FeesKind } from '../../domain';

const useStyles = makeStyles({
  badge: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.borderWidth(tokens.strokeWidthThick),
    color: tokens.colorNeutralForeground1,
  },
  // The kinds differ in their words first, then in the line (solid, dashed, dotted) and the mark:
  // never in colour alone (WCAG 1.4.1).
  decided: {
    ...shorthands.borderStyle('solid'),
    ...shorthands.borderColor(tokens.colorPaletteGreenBorderActive),
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  forecast: {
    ...shorthands.borderStyle('dashed'),
    ...shorthands.borderColor(tokens.colorPaletteMarigoldBorderActive),
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
  },
  scenario: {
    ...shorthands.borderStyle('dotted'),
    ...shorthands.borderColor(tokens.colorPaletteBerryBorderActive),
    backgroundColor: tokens.colorPaletteBerryBackground1,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  text: { fontSize: tokens.fontSizeBase200 },
});

const MARK: Record<FeesKind, string> = { decided: '✓', forecast: '≈', scenario: '?' };

/**
 * What the fees shown are — decided (invoices), a forecast (prognos) or a scenario (what-if) — in
 * words, with a line and a mark of their own.
 */
export function FeesBadge({ kind, title, text }: { kind: FeesKind; title: string; text: string }) {
  const s = useStyles();
  return (
    <div className={mergeClasses(s.badge, s[kind])} data-fees-kind={kind}>
      <span className={s.title}>
        <span aria-hidden="true">{MARK[kind]} </span>
        {title}
      </span>
      <span className={s.text}>{text}</span>
    </div>
  );
}
