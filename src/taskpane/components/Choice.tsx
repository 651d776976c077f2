import { makeStyles, tokens } from '@fluentui/react-components';
import { Ref, useId } from 'react';
import { useNativeInputStyles } from './nativeInput';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: {
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * One choice of several: the browser's own radio buttons (the arrow keys move the choice, Tab goes
 * on), named by their label as a radio group, in Fluent's colours and sizes.
 *
 * @example <Choice label="Källa" value={source} options={[{ value: 'snapshot', label: 'SCB:s siffror …' }]} onChange={setSource} />
 */
export function Choice<T extends string>({
  label,
  hint,
  value,
  options,
  onChange,
  firstRef,
}: {
  label: string;
  hint?: string;
  value: T | '';
  options: readonly { readonly value: T; readonly label: string }[];
  onChange: (value: T) => void;
  /** The first option's input, for a step that moves the focus to the choice. */
  firstRef?: Ref<HTMLInputElement>;
}) {
  const s = useStyles();
  const native = useNativeInputStyles();
  const name = useId();
  const labelId = useId();
  const hintId = useId();
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelId}
      {...(hint ? { 'aria-describedby': hintId } : {})}
      className={s.group}
    >
      <span id={labelId} className={s.label}>
        {label}
      </span>
      {options.map((o, i) => (
        <label key={o.value} className={native.row}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            className={native.input}
            {...(i === 0 && firstRef ? { ref: firstRef } : {})}
          />
          {o.label}
        </label>
      ))}
      {hint && (
        <span id={hintId} className={s.hint}>
          {hint}
        </span>
      )}
    </div>
  );
}
