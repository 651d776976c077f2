import { HELP_TEXT } from './helpText';

/**
 * The help's steps, where the figures come from and how to approve, in the pane's language.
 *
 * @example <HelpBody lang="sv" listClass={styles.list} />
 */
export default function HelpBody({ lang, listClass }: { lang: 'sv' | 'en'; listClass: string }) {
  const text = HELP_TEXT[lang];
  return (
    <>
      <ol className={listClass}>
        {text.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>{text.sources}</p>
      <p>{text.approve}</p>
    </>
  );
}
