import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * Choosing a file with the pane's own Swedish button and words: the browser's file input speaks the
 * browser's language ("Choose File", "No file chosen") and ignores the theme, so it is hidden and
 * clicked from here. The button says what to choose and is described by the chosen file and by an error about it.
 */
export function FilePicker({
  label,
  accept,
  fileName,
  error,
  onFile,
}: {
  label: string;
  accept: string;
  fileName?: string;
  error?: string;
  onFile: (file: File) => void;
}) {
  const t = useStrings();
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const nameId = useId();
  const errorId = useId();
  return (
    <div className={s.field}>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          e.currentTarget.value = ''; // the same file again (after saving it anew) is a new choice
        }}
      />
      <Button aria-describedby={error ? `${nameId} ${errorId}` : nameId} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <Caption1 id={nameId}>{fileName ? t.chosenFile(fileName) : t.noFile}</Caption1>
      {error && (
        <Caption1 id={errorId} role="alert" className={s.error}>
          {error}
        </Caption1>
      )}
    </div>
  );
}
