import { Button } from '@fluentui/react-components';
import { Message } from '../../domain';
import { useFormats } from '../format';
import { useStrings } from '../i18n';
import { Notice } from './Notice';
import { Problem } from './Problem';

/** The faktureringsunderlag for the financial system, and a word when its due date (ISO) has passed. */
export function InvoiceCsv({
  onDownload,
  csvDownloaded,
  csvError,
  dueDatePassed,
}: {
  onDownload: () => void;
  csvDownloaded?: string;
  csvError?: Message;
  dueDatePassed?: string;
}) {
  const t = useStrings();
  const f = useFormats();
  return (
    <>
      {dueDatePassed && (
        <Notice intent="warning" live={false} title={t.dueDatePassed(f.date(dueDatePassed))}>
          {t.dueDatePassedText}
        </Notice>
      )}
      <div>
        <Button onClick={onDownload}>{t.downloadCsv}</Button>
      </div>
      <div role="status">
        {csvDownloaded && <Notice intent="success" live={false} title={t.csvDownloaded(csvDownloaded)} />}
      </div>
      {csvError && <Problem what="csv" message={csvError} />}
    </>
  );
}
