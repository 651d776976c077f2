import { Caption1, makeStyles, Select, Title3, tokens } from '@fluentui/react-components';
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
      <Select aria-label={t.language} value={lang} onChange={(_, data) => onLang(data.value as Lang)} size="small">
        <option value="sv">Svenska</option>
        <option value="en">English</option>
      </Select>
    </header>
  );
}
