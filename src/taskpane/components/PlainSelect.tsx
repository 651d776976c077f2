import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { SelectHTMLAttributes } from 'react';

const useStyles = makeStyles({
  // The browser's own select, in Fluent's colours and sizes: what Fluent's Select wraps, without its
  // extra layer and icon on the first screen. Its list is the system's, keyboard and all.
  select: {
    minHeight: '32px',
    // As wide as its field, never wider than the pane (its longest option must not push it sideways).
    width: '100%',
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ':hover': {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderRightColor: tokens.colorNeutralStroke1Hover,
      borderLeftColor: tokens.colorNeutralStroke1Hover,
    },
  },
  small: { width: 'auto', minHeight: '24px', fontSize: tokens.fontSizeBase200 },
});

/**
 * A native `<select>` styled like Fluent's (the pane's language, the budget's sheet).
 *
 * @example <PlainSelect aria-label="Språk" value="sv" onChange={(e) => setLang(e.target.value)}><option value="sv">Svenska</option></PlainSelect>
 */
export function PlainSelect({
  small = false,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { small?: boolean }) {
  const s = useStyles();
  return <select {...props} className={mergeClasses(s.select, small && s.small, className)} />;
}
