import { Caption1 } from '@fluentui/react-components';
import { Message } from '../../domain';
import { useLang, useStrings } from '../i18n';

/**
 * What the ticked boxes will write, before anything is written (its words from `previewLines`,
 * made with the write's own code): updates as a box is ticked.
 *
 * @example <WritePreview lines={write.preview} />
 */
export function WritePreview({ lines }: { lines: readonly Message[] }) {
  const t = useStrings();
  const lang = useLang();
  return (
    <div data-testid="write-preview">
      <Caption1 block>
        <strong>{t.previewTitle}</strong>
      </Caption1>
      {lines.map((line) => (
        <Caption1 block key={line.sv}>
          {line[lang]}
        </Caption1>
      ))}
    </div>
  );
}
