import type { Revision } from '../../domain';
import { useFormats } from '../format';
import { useStrings } from '../i18n';
import { DataTable } from './DataTable';
import { Notice } from './Notice';

const signedKronor = (ore: number, text: string) => (ore > 0 ? `+${text}` : text);

/**
 * Shown when a write meets the fee year's sheets and SCB's figures differ from those they used:
 * per member old, new, change and fee effect (rows with no change left out).
 *
 * @example <RevisionNotice feeYear={2026} revision={write.revision} />
 */
export function RevisionNotice({ feeYear, revision }: { feeYear: number; revision: Revision }) {
  const f = useFormats();
  const t = useStrings().revisionNotice;
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
