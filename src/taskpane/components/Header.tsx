import { Button, Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { t, type Lang } from '../i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0 },
});

export interface HeaderProps {
  readonly lang: Lang;
  readonly onToggleLang: () => void;
}

/** Product name, a one-line description and the language switch. */
export function Header({ lang, onToggleLang }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <Title3 as="h1" className={styles.title}>
          {t(lang, 'ui.app.name')}
        </Title3>
        <Caption1>{t(lang, 'ui.app.tagline')}</Caption1>
      </div>
      <Button
        size="small"
        appearance="subtle"
        onClick={onToggleLang}
        aria-label={t(lang, 'ui.lang.switchLabel')}
        lang={lang === 'ja' ? 'en' : 'ja'}
      >
        {t(lang, 'ui.lang.switch')}
      </Button>
    </header>
  );
}
