import { Field, Input, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { t, type Lang } from '../i18n';
import { isIsoDate } from '../format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface AsOfValue {
  /** Judge against today (the default) or against `date`. */
  readonly today: boolean;
  readonly date: string;
}

export interface AsOfFieldProps {
  readonly lang: Lang;
  readonly value: AsOfValue;
  /** Today's date (in Japan) as an ISO date, shown next to the switch. */
  readonly todayIso: string;
  readonly disabled?: boolean;
  readonly onChange: (value: AsOfValue) => void;
}

/** The as-of date: a date input, and a 'today' switch (on by default) that overrides it. */
export function AsOfField({ lang, value, todayIso, disabled, onChange }: AsOfFieldProps) {
  const styles = useStyles();
  const invalid = !value.today && !isIsoDate(value.date);
  return (
    <div className={styles.root}>
      <Field
        label={t(lang, 'ui.asOf.label')}
        hint={t(lang, 'ui.asOf.hint')}
        validationState={invalid ? 'error' : 'none'}
        validationMessage={invalid ? t(lang, 'ui.asOf.invalid') : undefined}
      >
        <Input
          type="date"
          value={value.today ? todayIso : value.date}
          disabled={disabled || value.today}
          onChange={(_, data) => onChange({ today: false, date: data.value })}
        />
      </Field>
      <Switch
        checked={value.today}
        disabled={disabled}
        label={t(lang, 'ui.asOf.today', { date: todayIso })}
        onChange={(_, data) => onChange({ today: data.checked, date: value.date || todayIso })}
      />
    </div>
  );
}
