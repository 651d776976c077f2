import { Caption1 } from '@fluentui/react-components';
import { MemberChange, Ore, scenarioName } from '../../domain';
import { useFormats } from '../format';
import { useLang, useStrings } from '../i18n';
import type { Fees } from '../../jobs/fees';
import { DataTable } from './DataTable';
import { FeesBadge } from './FeesBadge';

/**
 * The fees as they will be written: what kind they are (decided, prognos, scenario), and per member;
 * a scenario beside the decided fees with the difference.
 */
export function FeesPreview({ fees }: { fees: Fees }) {
  const t = useStrings();
  const lang = useLang();
  const f = useFormats();
  const a = fees.allocation;
  const title =
    fees.kind === 'decided'
      ? t.feesKind.decided(a.feeYear)
      : fees.kind === 'forecast'
        ? t.feesKind.forecast(a.feeYear)
        : t.feesKind.scenario(scenarioTitle(fees, lang));
  const text =
    fees.kind === 'decided'
      ? t.feesKindText.decided
      : fees.kind === 'forecast'
        ? t.feesKindText.forecast(f.date(a.populationDate))
        : t.feesKindText.scenario;
  const c = fees.comparison;
  return (
    <>
      <FeesBadge kind={fees.kind} title={title} text={text} />
      {/* Only the total is announced as it changes; the table is read when the user goes to it. */}
      <Caption1 block role="status">
        {a.ruleDescription[lang]}. {t.total} {f.kronor(a.totalOre)}.
      </Caption1>
      {c ? (
        <DataTable
          caption={title}
          columns={[t.municipality, t.decided, t.scenario, t.scenarioDifference]}
          rows={c.rows.map((r) => [
            r.member.name,
            f.kronor(r.decidedOre),
            f.kronor(r.scenarioOre),
            f.kronor(r.differenceOre),
          ])}
          total={[
            t.total,
            f.kronor(c.decided.totalOre),
            <span data-testid="fee-total">{f.kronor(c.scenario.totalOre)}</span>,
            f.kronor(c.totalDifferenceOre),
          ]}
        />
      ) : (
        <DataTable
          caption={title}
          columns={[t.municipality, t.population, t.fee]}
          rows={a.members.map((m) => [m.member.name, f.integer(m.population), f.kronor(m.feeOre)])}
          total={[t.total, f.integer(a.totalPopulation), <span data-testid="fee-total">{f.kronor(a.totalOre)}</span>]}
        />
      )}
      {fees.changes && <ChangeTable fees={fees} changes={fees.changes} />}
    </>
  );
}

/** "Scenario 2026 4,50 kr" — or with a forecast beneath it, "Scenario 2027 4,50 kr (prognos)". */
function scenarioTitle(fees: Fees, lang: 'sv' | 'en'): string {
  const a = fees.allocation;
  const name = scenarioName(a.rule, a.feeYear)[lang];
  return a.forecast ? `${name} ${lang === 'sv' ? '(prognos)' : '(forecast)'}` : name;
}

/**
 * Every krona of the fee against last year, per member: last year's fee, the population's effect
 * and the rule's effect (previousFee + populationEffect + ruleEffect = fee), as on the Avgift sheet.
 */
function ChangeTable({ fees, changes }: { fees: Fees; changes: readonly MemberChange[] }) {
  const t = useStrings();
  const f = useFormats();
  const last = fees.allocation.feeYear - 1;
  const signed = (ore: Ore) => (ore > 0 ? `+${f.kronor(ore)}` : f.kronor(ore));
  const sum = (pick: (c: MemberChange) => Ore) => changes.reduce((s, c) => s + pick(c), 0);
  return (
    <DataTable
      caption={t.changeCaption(last)}
      columns={[t.municipality, t.previousFee(last), t.populationEffect, t.ruleEffect]}
      rows={changes.map((c) => [
        c.member.name,
        f.kronor(c.previousFeeOre),
        signed(c.populationEffectOre),
        signed(c.ruleEffectOre),
      ])}
      total={[
        t.total,
        f.kronor(sum((c) => c.previousFeeOre)),
        signed(sum((c) => c.populationEffectOre)),
        signed(sum((c) => c.ruleEffectOre)),
      ]}
    />
  );
}
