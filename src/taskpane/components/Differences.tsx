import { Button } from '@fluentui/react-components';
import { useLang, useStrings } from '../i18n';
import type { Difference } from '../../workbook/verify/verify';
import { DataTable } from './DataTable';

/**
 * The differences verify found: first where (sheet and cell, a way to go there) and what differs,
 * then the figures expected and found.
 *
 * @example <Differences differences={verification.differences} onGo={(sheet, cell) => select(sheet, cell)} />
 */
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
      columns={[t.cell, t.what, t.expected, t.found]}
      rows={differences.map((d) => [
        d.cell && onGo ? (
          <Button
            appearance="transparent"
            size="small"
            onClick={() => onGo(d.sheet, d.cell)}
            aria-label={t.go(`${d.sheet}!${d.cell}`)}
          >
            {`${d.sheet}!${d.cell}`}
          </Button>
        ) : (
          [d.sheet, d.cell].filter(Boolean).join('!')
        ),
        d.message[lang],
        d.expected,
        d.found,
      ])}
    />
  );
}
