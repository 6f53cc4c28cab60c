import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { t, type Lang } from '../i18n';
import { useTypography } from './typography';

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
  const type = useTypography();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <h1 className={mergeClasses(type.title3, styles.title)}>{t(lang, 'ui.app.name')}</h1>
        <span className={type.caption1}>{t(lang, 'ui.app.tagline')}</span>
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
