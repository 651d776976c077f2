import { Caption1 } from '@fluentui/react-components';
import { useFormats } from '../format';
import { useStrings } from '../i18n';
import { PopulationRow } from '../model';
import { DataTable } from './DataTable';

/** Folkmängd per member on the year-end the fees use, with the change from the year before and a total row. */
export function PopulationTable({ caption, rows }: { caption: string; rows: readonly PopulationRow[] }) {
  const t = useStrings();
  const f = useFormats();
  const known = rows.filter((r) => r.population !== undefined);
  const total = known.reduce((sum, r) => sum + r.population!, 0);
  const changes = rows.every((r) => r.change !== undefined) ? rows.reduce((sum, r) => sum + r.change!, 0) : undefined;
  return (
    <DataTable
      caption={caption}
      columns={[t.municipality, t.population, t.change]}
      rows={rows.map((row) => [
        <>
          {row.member.name} <Caption1>{row.member.code}</Caption1>
        </>,
        row.population !== undefined ? f.integer(row.population) : t.noChange,
        row.change !== undefined ? f.change(row.change) : t.noChange,
      ])}
      total={[
        t.total,
        known.length === rows.length ? f.integer(total) : t.noChange,
        changes !== undefined ? f.change(changes) : t.noChange,
      ]}
    />
  );
}
