import { Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { PlainSelect } from './PlainSelect';
import { Lang, useStrings } from '../i18n';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalM,
  },
});

/** The pane's name and the language it speaks. */
export function Header({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const t = useStrings();
  const s = useStyles();
  return (
    <header className={s.header}>
      <div>
        <Title3 as="h1">{t.appTitle}</Title3>
        <Caption1 block>{t.appSubtitle}</Caption1>
      </div>
      <PlainSelect aria-label={t.language} value={lang} onChange={(e) => onLang(e.target.value as Lang)} small>
        <option value="sv">Svenska</option>
        <option value="en">English</option>
      </PlainSelect>
    </header>
  );
}
