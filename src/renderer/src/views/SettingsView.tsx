import { useTranslation } from 'react-i18next';
import { defaultWeights, language as languageSchema, type Settings, type Weights } from '../../../shared/domain';
import { useCohort } from '../store';
import { Draft, Field, PhaseFields, toNumber, useSettingsSave, type SettingsSave } from './settingsFields';

// Cohort settings: every field saves on its own (on change, or on leaving a text field) through the
// contract's schema as one undoable step; every other screen reads the same settings, so it follows at once.

const weightKeys = ['skill', 'preference', 'region', 'level', 'mentorPreference', 'spread'] as const satisfies ReadonlyArray<keyof Weights>;

export function SettingsView() {
  const settings = useCohort((d) => d.info?.settings);
  return settings ? <SettingsForm settings={settings} /> : <div className="page settings-view" />;
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const saver = useSettingsSave(settings);
  const { errors, save } = saver;

  const text = (key: 'name' | 'program') => (
    <Field label={t(`settings.${key}`)} hint={t(`settings.${key}Hint`)} error={errors[key]}>
      {({ id, describedBy }) => (
        <Draft id={id} aria-describedby={describedBy} aria-invalid={!!errors[key]} value={settings[key]} maxLength={500}
          onCommit={(value) => void save(key, t(`settings.${key}`), { [key]: value.trim() })} />
      )}
    </Field>
  );
  const number = (key: 'groupSizeLimit' | 'mentorsPerMentee') => (
    <Field label={t(`settings.${key}`)} hint={t(`settings.${key}Hint`)} error={errors[key]} inline>
      {({ id, describedBy }) => (
        <Draft id={id} aria-describedby={describedBy} aria-invalid={!!errors[key]} numeric value={String(settings[key])}
          onCommit={(value) => void save(key, t(`settings.${key}`), { [key]: toNumber(value) })} />
      )}
    </Field>
  );
  const toggle = (key: 'peerSameLevel' | 'allowMutual') => (
    <Field label={t(`settings.${key}`)} hint={t(`settings.${key}Hint`)} error={errors[key]} inline>
      {({ id, describedBy }) => (
        <input id={id} aria-describedby={describedBy} type="checkbox" checked={settings[key]}
          onChange={(e) => void save(key, t(`settings.${key}`), { [key]: e.target.checked })} />
      )}
    </Field>
  );

  return (
    <div className="page settings-view">
      <div className="toolbar flush">
        <h2>{t('settings.title')}</h2>
      </div>
      <div className="settings-scroll">
        <p className="hint settings-intro">{t('settings.intro')}</p>
        <section className="settings-section" aria-labelledby="settings-cohort">
          <h3 id="settings-cohort">{t('settings.sections.cohort')}</h3>
          {text('name')}
          {text('program')}
          <Field label={t('settings.language')} hint={t('settings.languageHint')} error={errors.language}>
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} value={settings.language}
                onChange={(e) => void save('language', t('settings.language'), { language: languageSchema.parse(e.target.value) })}>
                {languageSchema.options.map((l) => <option key={l} value={l}>{t(`settings.languages.${l}`)}</option>)}
              </select>
            )}
          </Field>
        </section>
        <section className="settings-section" aria-labelledby="settings-phase">
          <h3 id="settings-phase">{t('settings.sections.phase')}</h3>
          <PhaseFields settings={settings} saver={saver} />
        </section>
        <section className="settings-section" aria-labelledby="settings-rules">
          <h3 id="settings-rules">{t('settings.sections.rules')}</h3>
          {number('groupSizeLimit')}
          {toggle('peerSameLevel')}
          {number('mentorsPerMentee')}
          {toggle('allowMutual')}
        </section>
        <WeightFields settings={settings} saver={saver} />
      </div>
    </div>
  );
}

function WeightFields({ settings, saver: { errors, save } }: { settings: Settings; saver: SettingsSave }) {
  const { t } = useTranslation();
  return (
    <section className="settings-section" aria-labelledby="settings-weights">
      <h3 id="settings-weights">{t('settings.sections.weights')}</h3>
      <p className="hint">{t('settings.weightsHint')}</p>
      <ul className="hint mode-hints" data-testid="mode-hints">
        <li>{t('match.modeHints.optimal')}</li>
        <li>{t('match.modeHints.stable')}</li>
      </ul>
      {weightKeys.map((key) => (
        <Field key={key} label={t(`settings.weights.${key}`)} hint={t(`settings.weightHints.${key}`)} error={errors[`weights.${key}`]} inline>
          {({ id, describedBy }) => (
            <Draft id={id} aria-describedby={describedBy} aria-invalid={!!errors[`weights.${key}`]} numeric value={String(settings.weights[key])}
              onCommit={(value) => void save(`weights.${key}`, t(`settings.weights.${key}`), { weights: { ...settings.weights, [key]: toNumber(value) } })} />
          )}
        </Field>
      ))}
      <button type="button" disabled={weightKeys.every((k) => settings.weights[k] === defaultWeights[k])}
        onClick={() => void save('weights', t('settings.resetWeights'), { weights: defaultWeights })}>
        {t('settings.resetWeights')}
      </button>
    </section>
  );
}
