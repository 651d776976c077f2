import { Button } from '@fluentui/react-components';
import { useLang, useStrings } from '../i18n';
import type { Difference } from '../../workbook/verify/verify';
import { DataTable } from './DataTable';

/** The differences verify found, each with its cell and a way to go there. */
export function Differences({
  differences,
  onGo,
}: {
  differences: readonly Difference[];
  onGo?: (sheet: string, cell: string) => void;
}) {
  const lang = useLang();
  const t = useStrings().differences;
  return (
    <DataTable
      caption={t.caption}
      columns={[t.sheet, t.cell, t.expected, t.found, t.what]}
      rows={differences.map((d) => [
        d.sheet,
        d.cell && onGo ? (
          <Button
            appearance="transparent"
            size="small"
            onClick={() => onGo(d.sheet, d.cell)}
            aria-label={t.go(`${d.sheet}!${d.cell}`)}
          >
            {d.cell}
          </Button>
        ) : (
          d.cell
        ),
        d.expected,
        d.found,
        d.message[lang],
      ])}
    />
  );
}
