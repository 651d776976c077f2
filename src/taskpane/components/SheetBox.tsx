import { useId } from 'react';
import { useNativeInputStyles } from './nativeInput';

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
  const s = useNativeInputStyles();
  const id = useId();
  return (
    <label className={s.row} htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        className={s.input}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
