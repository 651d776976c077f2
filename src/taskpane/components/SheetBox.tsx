import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  // The browser's own checkbox in the brand colour, its label beside it: the whole row is the target
  // (at least 24 px high, WCAG 2.5.8), the focus ring the pane's own.
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    minHeight: '24px',
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
  },
  box: {
    width: '16px',
    height: '16px',
    margin: '2px 0 0',
    flexShrink: 0,
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: 'pointer',
  },
});

/**
 * One box of "Blad att skriva": a native checkbox with its label (what Fluent's Checkbox wraps).
 *
 * @example <SheetBox label="Befolkning" checked onChange={(on) => choose({ ...sheets, population: on })} />
 */
export function SheetBox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const s = useStyles();
  const id = useId();
  return (
    <label className={s.row} htmlFor={id}>
      <input id={id} type="checkbox" className={s.box} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}
