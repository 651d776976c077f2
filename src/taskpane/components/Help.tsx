import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { Lang, useLang } from '../i18n';

/**
 * The add-in's version: package.json's, written in by the build (webpack's DefinePlugin; the
 * manifest's <Version> is the same), "utveckling" where no build has written it (tests).
 */
export const APP_VERSION: string = process.env.AVGIFT_VERSION ?? 'utveckling';

const useStyles = makeStyles({
  help: { marginTop: tokens.spacingVerticalL, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  list: { paddingLeft: tokens.spacingHorizontalXL, marginTop: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
});

interface HelpText {
  readonly title: string;
  readonly steps: readonly string[];
  readonly sources: string;
  readonly approve: string;
  readonly version: (v: string) => string;
}

/** Short on purpose: the yearly steps, where the figures come from, how to approve. */
const TEXT: Record<Lang, HelpText> = {
  sv: {
    title: 'Så gör du årets avgifter',
    steps: [
      'Välj avgiftsår. Avgiften för ett år räknas på folkmängden 31 december året före.',
      'Befolkning: välj källa och klicka på Hämta folkmängd. Granska ändringen mot året före.',
      'Regel: från 2017 gäller 4 kr per invånare (beslut 2017-02-02); 2010–2016 gäller avtalets §8.',
      'Skriv till arbetsboken: avgiftsbladet, fakturaunderlaget och ett blad per kommun. Dina egna blad rörs aldrig.',
      'Budgetkontroll: markera budgeten (eller välj bladet Budget) och kontrollera att den går ihop.',
    ],
    sources:
      'Siffrorna kommer från SCB:s statistikdatabas (folkmängd 31 december, publiceras i slutet av februari). Innan dess, eller utan nätverk, används den inbyggda ögonblicksbilden från SCB. Källan och tidpunkten står under tabellen och på bladen.',
    approve:
      'Godkänna: kontrollera att summan stämmer med budgetens rad Avgifter från kommunerna och att Budgetkontroll säger att budgeten går ihop. Efter kommitténs beslut skickas fakturaunderlaget till ekonomisystemet; avgiften förfaller 15 mars.',
    version: (v) => `Avgiftsfördelning version ${v}`,
  },
  en: {
    title: "How to do this year's fees",
    steps: [
      'Choose the fee year. A year’s fee uses the population on 31 December of the year before.',
      'Population: choose a source and click Fetch population. Review the change from the year before.',
      'Rule: from 2017, 4 kr per inhabitant (decision 2017-02-02); 2010–2016, the agreement’s §8.',
      'Write to the workbook: the fee sheet, the invoice table and one sheet per municipality. Your own sheets are never touched.',
      'Budget check: select the budget (or choose the Budget sheet) and check that it balances.',
    ],
    sources:
      'The figures come from Statistics Sweden’s database (population on 31 December, published in late February). Before that, or without a network, the built-in snapshot from Statistics Sweden is used. The source and its time are stated under the table and on the sheets.',
    approve:
      'To approve: check that the total matches the budget’s line for the municipalities’ fees and that Budget check says the budget balances. After the committee’s decision the invoice table goes to the financial system; the fee is due 15 March.',
    version: (v) => `Fee allocation version ${v}`,
  },
};

/**
 * The pane's short help and its version, closed until opened (a native <details>: Enter or Space on
 * its summary opens it, and screen readers announce it as expandable).
 * @example <Help /> // "Så gör du årets avgifter" (closed) and "Avgiftsfördelning version 0.1.0"
 */
export function Help() {
  const styles = useStyles();
  const text = TEXT[useLang()];
  return (
    <footer className={styles.help}>
      <details>
        <summary className={styles.summary}>{text.title}</summary>
        <ol className={styles.list}>
          {text.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>{text.sources}</p>
        <p>{text.approve}</p>
      </details>
      <Caption1 block>{text.version(APP_VERSION)}</Caption1>
    </footer>
  );
}
