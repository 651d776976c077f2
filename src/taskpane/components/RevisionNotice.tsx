import { useEffect, useState } from 'react';
import { formatInteger, formatKronor, PopulationSeries, Revision } from '../../domain';
import { useLang } from '../i18n';
import type { Services } from '../services';
import { DataTable } from './DataTable';
import { Notice } from './Notice';

const TEXT = {
  sv: {
    title: (year: number) => `SCB:s siffror skiljer sig från dem som bladen för ${year} använde`,
    body: (total: string) => `Jämför innan du skriver. Avgifterna ändras totalt med ${total}.`,
    caption: 'Ändrad folkmängd per kommun',
    columns: ['Kommun', 'Förut', 'Nu', 'Ändring', 'Avgiftens ändring'],
  },
  en: {
    title: (year: number) => `SCB’s figures differ from those the ${year} sheets used`,
    body: (total: string) => `Compare before writing. The fees change by ${total} in all.`,
    caption: 'Changed population per member',
    columns: ['Municipality', 'Before', 'Now', 'Change', 'Fee change'],
  },
};

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : text);

/**
 * Shown after a fetch when the workbook already has the fee year's sheets and SCB's figures differ:
 * per member old, new, change and fee effect. Shows nothing when nothing changed. Self-contained.
 */
export function RevisionNotice({ services, feeYear, series }: { services: Pick<Services, 'inExcel' | 'revision'>; feeYear: number; series: PopulationSeries | undefined }) {
  const lang = useLang();
  const t = TEXT[lang];
  const [revision, setRevision] = useState<Revision | undefined>();
  useEffect(() => {
    let current = true;
    setRevision(undefined);
    if (services.inExcel && series) {
      void services.revision(feeYear, series).then((r) => {
        if (current && r.ok && r.value?.changed) setRevision(r.value);
      });
    }
    return () => {
      current = false;
    };
  }, [services, feeYear, series]);
  if (!revision) return null;
  const rows = revision.rows.filter((r) => r.change !== 0 || r.feeEffectOre !== 0);
  return (
    <Notice intent="warning" title={t.title(feeYear)}>
      {t.body(formatKronor(revision.totalFeeEffectOre))}
      <DataTable
        caption={t.caption}
        columns={t.columns}
        rows={rows.map((r) => [r.member.name, formatInteger(r.oldPopulation), formatInteger(r.newPopulation), signed(r.change, formatInteger(r.change)), signed(r.feeEffectOre, formatKronor(r.feeEffectOre))])}
      />
    </Notice>
  );
}
