/**
 * Settings kept in the workbook (loaded lazily: React.lazy in PaneBody). The form holds text as typed;
 * it is validated as the user types and turned into WorkbookSettings on save.
 */
import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Spinner,
  Subtitle1,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS, type SubsidyProgram, type WorkbookSettings } from '../../core/config';
import { t, type Lang } from '../i18n';
import { NotationDictionaryError, parseNotationDictionary } from '../../core/notation/prh';
import { DEFAULT_SUBSIDY_PROGRAMS } from '../../core/subsidies/programs';
import { errorDetail } from '../errors';
import { formatRate, isIsoDate, parseFiscalYear, parseRate, reiwaYear } from '../format';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  rateInput: { width: '7em' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  yaml: { fontFamily: tokens.fontFamilyMonospace },
});

export interface SettingsPanelProps {
  readonly lang: Lang;
  readonly settings: WorkbookSettings;
  /** Saves in the workbook; a rejection is shown in the panel. */
  readonly onSave: (settings: WorkbookSettings) => Promise<void>;
}

interface FormState {
  readonly asOfToday: boolean;
  readonly asOfDate: string;
  readonly fiscalYear: string;
  readonly departments: string;
  readonly rates: Readonly<Record<string, string>>;
  readonly notationYaml: string;
}

function programsOf(settings: WorkbookSettings): readonly SubsidyProgram[] {
  return settings.subsidyPrograms ?? DEFAULT_SUBSIDY_PROGRAMS;
}

function formFrom(settings: WorkbookSettings): FormState {
  const asOfToday = settings.asOf === 'today' || !isIsoDate(settings.asOf);
  return {
    asOfToday,
    asOfDate: asOfToday ? '' : settings.asOf,
    fiscalYear: settings.fiscalYear === null ? '' : String(settings.fiscalYear),
    departments: settings.knownDepartments.join('\n'),
    rates: Object.fromEntries(programsOf(settings).map((p) => [p.id, formatRate(p.defaultRate)])),
    notationYaml: settings.notationYaml ?? '',
  };
}

type NotationCheck =
  { readonly ok: true; readonly count: number } | { readonly ok: false; readonly detail: string } | null;

function checkNotation(lang: Lang, yaml: string): NotationCheck {
  if (yaml.trim() === '') return null;
  try {
    const rules = parseNotationDictionary(yaml);
    return { ok: true, count: rules.length };
  } catch (err) {
    const detail = err instanceof NotationDictionaryError ? t(lang, err.key, err.params) : errorDetail(err);
    return { ok: false, detail };
  }
}

/** Settings: default as-of date, fiscal year, departments, subsidy rates, notation dictionary. */
export default function SettingsPanel({ lang, settings, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [form, setForm] = useState<FormState>(() => formFrom(settings));
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ readonly ok: boolean; readonly text: string } | null>(null);
  /** The saved programs, or null for the built-in defaults (also after 'reset'). */
  const [savedPrograms, setSavedPrograms] = useState(settings.subsidyPrograms);
  const programs = savedPrograms ?? DEFAULT_SUBSIDY_PROGRAMS;

  const fiscalYear = parseFiscalYear(form.fiscalYear);
  const rates = programs.map((p) => [p, parseRate(form.rates[p.id] ?? '')] as const);
  const notation = useMemo(() => checkNotation(lang, form.notationYaml), [lang, form.notationYaml]);
  const asOfInvalid = !form.asOfToday && !isIsoDate(form.asOfDate);
  const invalid =
    asOfInvalid ||
    fiscalYear === undefined ||
    rates.some(([, r]) => r === undefined) ||
    notation?.ok === false;

  const update = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setOutcome(null);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (invalid || saving) {
      setOutcome({ ok: false, text: t(lang, 'ui.settings.fixErrors') });
      return;
    }
    const rateChanged = rates.some(([p, r]) => r !== p.defaultRate);
    const next: WorkbookSettings = {
      asOf: form.asOfToday ? 'today' : form.asOfDate,
      fiscalYear: fiscalYear ?? null,
      knownDepartments: form.departments
        .split(/\r?\n/)
        .map((d) => d.trim())
        .filter((d) => d !== ''),
      subsidyPrograms:
        savedPrograms === null && !rateChanged
          ? null
          : rates.map(([p, r]) => ({ ...p, defaultRate: r ?? null })),
      notationYaml: form.notationYaml.trim() === '' ? null : form.notationYaml,
    };
    setSaving(true);
    try {
      await onSave(next);
      setOutcome({ ok: true, text: t(lang, 'ui.settings.saved') });
    } catch (err) {
      setOutcome({ ok: false, text: t(lang, 'ui.error.generic', { detail: errorDetail(err) }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-busy={saving} noValidate>
      <Subtitle1 as="h2" className={styles.heading}>
        {t(lang, 'ui.settings.heading')}
      </Subtitle1>
      <Caption1>{t(lang, 'ui.settings.intro')}</Caption1>

      <Field
        label={t(lang, 'ui.settings.asOf')}
        validationState={asOfInvalid ? 'error' : 'none'}
        validationMessage={asOfInvalid ? t(lang, 'ui.asOf.invalid') : undefined}
      >
        <Input
          type="date"
          value={form.asOfToday ? '' : form.asOfDate}
          disabled={form.asOfToday}
          onChange={(_, d) => update({ asOfDate: d.value })}
        />
      </Field>
      <Switch
        checked={form.asOfToday}
        label={t(lang, 'ui.settings.asOfToday')}
        onChange={(_, d) => update({ asOfToday: d.checked })}
      />

      <Field
        label={t(lang, 'ui.settings.fiscalYear')}
        hint={
          fiscalYear
            ? t(lang, 'ui.settings.fiscalYearValue', {
                year: String(fiscalYear),
                reiwa: reiwaYear(fiscalYear),
              })
            : t(lang, 'ui.settings.fiscalYearHint')
        }
        validationState={fiscalYear === undefined ? 'error' : 'none'}
        validationMessage={fiscalYear === undefined ? t(lang, 'ui.settings.fiscalYearInvalid') : undefined}
      >
        <Input
          value={form.fiscalYear}
          placeholder={t(lang, 'ui.settings.fiscalYearPlaceholder')}
          onChange={(_, d) => update({ fiscalYear: d.value })}
        />
      </Field>

      <Field label={t(lang, 'ui.settings.departments')} hint={t(lang, 'ui.settings.departmentsHint')}>
        <Textarea
          value={form.departments}
          rows={5}
          resize="vertical"
          onChange={(_, d) => update({ departments: d.value })}
        />
      </Field>

      <section aria-labelledby="settings-programs">
        <Text as="h3" weight="semibold" id="settings-programs">
          {t(lang, 'ui.settings.programs')}
        </Text>
        {programs.length === 0 ? (
          <Text>{t(lang, 'ui.settings.programsUnavailable')}</Text>
        ) : (
          <Table size="small" aria-labelledby="settings-programs">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t(lang, 'ui.settings.programName')}</TableHeaderCell>
                <TableHeaderCell>{t(lang, 'ui.settings.programRate')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rates.map(([p, r]) => (
                <TableRow key={p.id}>
                  <TableCell>{p.name}</TableCell>
                  <TableCell>
                    <Field
                      validationState={r === undefined ? 'error' : 'none'}
                      validationMessage={r === undefined ? t(lang, 'ui.settings.rateInvalid') : undefined}
                    >
                      <Input
                        className={styles.rateInput}
                        size="small"
                        inputMode="decimal"
                        aria-label={t(lang, 'ui.settings.rateLabel', { name: p.name })}
                        value={form.rates[p.id] ?? ''}
                        onChange={(_, d) => update({ rates: { ...form.rates, [p.id]: d.value } })}
                      />
                    </Field>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Caption1>{t(lang, 'ui.settings.rateHint')}</Caption1>
      </section>

      <Field
        label={t(lang, 'ui.settings.notation')}
        hint={
          notation?.ok
            ? t(lang, 'ui.settings.notationOk', { count: notation.count })
            : t(lang, 'ui.settings.notationHint')
        }
        validationState={notation?.ok === false ? 'error' : 'none'}
        validationMessage={
          notation?.ok === false
            ? t(lang, 'ui.settings.notationInvalid', { detail: notation.detail })
            : undefined
        }
      >
        <Textarea
          className={styles.yaml}
          value={form.notationYaml}
          rows={8}
          resize="vertical"
          spellCheck={false}
          placeholder={t(lang, 'ui.settings.notationPlaceholder')}
          onChange={(_, d) => update({ notationYaml: d.value })}
        />
      </Field>

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {t(lang, 'ui.settings.save')}
        </Button>
        <Button
          type="button"
          disabled={saving}
          onClick={() => {
            setSavedPrograms(null);
            update(formFrom(DEFAULT_SETTINGS));
          }}
        >
          {t(lang, 'ui.settings.reset')}
        </Button>
        {saving && <Spinner size="tiny" label={t(lang, 'ui.settings.saving')} />}
      </div>
      <div role="status" aria-live="polite">
        {outcome && <Text weight="semibold">{outcome.text}</Text>}
      </div>
    </form>
  );
}
