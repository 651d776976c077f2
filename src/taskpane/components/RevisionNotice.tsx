import type { Revision } from '../../domain';
import { useFormats } from '../format';
import { useLang } from '../i18n';
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

const signedKronor = (ore: number, text: string) => (ore > 0 ? `+${text}` : text);

/**
 * Shown when a write meets the fee year's sheets and SCB's figures differ from those they used:
 * per member old, new, change and fee effect (rows with no change left out).
 *
 * @example <RevisionNotice feeYear={2026} revision={write.revision} />
 */
export function RevisionNotice({ feeYear, revision }: { feeYear: number; revision: Revision }) {
  const lang = useLang();
  const f = useFormats();
  const t = TEXT[lang];
  const rows = revision.rows.filter((r) => r.change !== 0 || r.feeEffectOre !== 0);
  return (
    <Notice intent="warning" title={t.title(feeYear)}>
      {t.body(signedKronor(revision.totalFeeEffectOre, f.kronor(revision.totalFeeEffectOre)))}
      <DataTable
        caption={t.caption}
        columns={t.columns}
        rows={rows.map((r) => [
          r.member.name,
          f.integer(r.oldPopulation),
          f.integer(r.newPopulation),
          f.change(r.change),
          signedKronor(r.feeEffectOre, f.kronor(r.feeEffectOre)),
        ])}
      />
    </Notice>
  );
}
