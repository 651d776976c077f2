import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The browser's own checkbox or radio button with its label, in Fluent's colours and sizes: the
 * whole row is the target (at least 24 px high, WCAG 2.5.8), the text never grey (it is not disabled),
 * the box in the brand colour.
 *
 * @example const s = useNativeInputStyles(); <label className={s.row}><input type="radio" className={s.input} />…</label>
 */
export const useNativeInputStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    minHeight: '24px',
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
  },
  input: {
    width: '16px',
    height: '16px',
    margin: '2px 0 0',
    flexShrink: 0,
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: 'pointer',
  },
});
