import { makeStyles, tokens } from '@fluentui/react-components';
import { ReactNode } from 'react';

const useStyles = makeStyles({
  // A button that reads as a link (it shows a sheet, it does not leave the pane); a target of at
  // least 24 × 24 CSS px (WCAG 2.2, 2.5.8 Target Size).
  link: {
    minHeight: '24px',
    minWidth: '24px',
    display: 'inline-flex',
    alignItems: 'center',
    padding: 0,
    border: 'none',
    backgroundColor: 'transparent',
    color: tokens.colorBrandForegroundLink,
    fontFamily: 'inherit',
    fontSize: 'inherit',
    textAlign: 'left',
    textDecorationLine: 'underline',
    cursor: 'pointer',
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
  },
});

/**
 * Shows a sheet in Excel when clicked (or pressed with Enter or Space); its text is the sheet's name
 * unless told.
 *
 * @example <SheetLink sheet="Avgift 2026" label="Visa bladet Avgift 2026" onShow={goToSheet} />
 */
export function SheetLink({
  sheet,
  label,
  onShow,
  children,
}: {
  sheet: string;
  label?: string;
  onShow: (sheet: string) => void;
  children?: ReactNode;
}) {
  const s = useStyles();
  return (
    <button type="button" className={s.link} onClick={() => onShow(sheet)} {...(label ? { 'aria-label': label } : {})}>
      {children ?? sheet}
    </button>
  );
}
