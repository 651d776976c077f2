import { Button } from '@fluentui/react-components';
import { useLang } from '../i18n';
import type { Difference } from '../../workbook/verify/verify';
import { DataTable } from './DataTable';

const TEXT = {
  sv: {
    caption: 'Skillnader',
    sheet: 'Blad',
    cell: 'Cell',
    expected: 'Väntat',
    found: 'Funnet',
    what: 'Vad',
    go: (c: string) => `Gå till ${c}`,
  },
  en: {
    caption: 'Differences',
    sheet: 'Sheet',
    cell: 'Cell',
    expected: 'Expected',
    found: 'Found',
    what: 'What',
    go: (c: string) => `Go to ${c}`,
  },
};

/** The differences verify found, each with its cell and a way to go there. */
export function Differences({
  differences,
  onGo,
}: {
  differences: readonly Difference[];
  onGo?: (sheet: string, cell: string) => void;
}) {
  const lang = useLang();
  const t = TEXT[lang];
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
