import { Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { t, type Lang } from '../i18n';
import { isIsoDate } from '../iso-date';
import { useTypography } from './typography';

/** The four border colours (makeStyles takes longhands only). */
const borderColors = (color: string) => ({
  borderTopColor: color,
  borderRightColor: color,
  borderBottomColor: color,
  borderLeftColor: color,
});

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  // The 'today' switch: a native checkbox with role="switch", drawn like Fluent's Switch (track and
  // knob from the theme's tokens), so the first screen does without the Switch component's code.
  toggle: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    alignSelf: 'flex-start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
  },
  toggleDisabled: { color: tokens.colorNeutralForegroundDisabled, cursor: 'default' },
  track: {
    appearance: 'none',
    position: 'relative',
    flexShrink: 0,
    boxSizing: 'border-box',
    width: '40px',
    height: '20px',
    margin: 0,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: 'transparent',
    cursor: 'inherit',
    transitionProperty: 'background-color, border-color',
    transitionDuration: tokens.durationNormal,
    '::after': {
      content: '""',
      position: 'absolute',
      top: '2px',
      left: '2px',
      width: '14px',
      height: '14px',
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorNeutralForeground3,
      transitionProperty: 'transform',
      transitionDuration: tokens.durationNormal,
    },
    ':checked': {
      backgroundColor: tokens.colorCompoundBrandBackground,
      ...borderColors('transparent'),
    },
    ':checked::after': {
      transform: 'translateX(20px)',
      backgroundColor: tokens.colorNeutralForegroundInverted,
    },
    ':disabled': borderColors(tokens.colorNeutralStrokeDisabled),
    ':disabled::after': { backgroundColor: tokens.colorNeutralForegroundDisabled },
    ':checked:disabled': { backgroundColor: tokens.colorNeutralBackgroundDisabled },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
    '@media (prefers-reduced-motion: reduce)': {
      transitionDuration: '0.01ms',
      '::after': { transitionDuration: '0.01ms' },
    },
  },
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
  const type = useTypography();
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
      <label className={mergeClasses(type.body1, styles.toggle, disabled && styles.toggleDisabled)}>
        <input
          type="checkbox"
          role="switch"
          className={styles.track}
          checked={value.today}
          disabled={disabled}
          onChange={(e) => onChange({ today: e.currentTarget.checked, date: value.date || todayIso })}
        />
        {t(lang, 'ui.asOf.today', { date: todayIso })}
      </label>
    </div>
  );
}
