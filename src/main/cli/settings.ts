import type { createHandlers } from '../api';
import { dispatch } from '../dispatch';
import type { Settings, SettingsPatch, Weights } from '../../shared/domain';
import { translate, type Language } from '../../shared/i18n';
import { journalWeeks, phaseEnd } from '../../shared/phase';
import type { CliArgs } from './args';
import { cliLanguage } from './language';
import { UsageError } from './output';

// `kupu settings [--json]` and `kupu settings set KEY VALUE`: the Cohort settings screen from the
// command line. VALUE is read for the key's type; the change then goes through the contract's schema
// and the undo log like the screen's. `duration "8 months"` sets the duration and its unit at once.

type Handlers = ReturnType<typeof createHandlers>;

const weightKeys = ['skill', 'preference', 'region', 'level', 'mentorPreference', 'spread'] as const satisfies ReadonlyArray<keyof Weights>;
const numberKeys = ['duration', 'groupSizeLimit', 'mentorsPerMentee'] as const;
const booleanKeys = ['peerSameLevel', 'allowMutual'] as const;
const textKeys = ['name', 'program', 'language', 'durationUnit'] as const;
export const settingKeys = [...textKeys, 'startDate', ...numberKeys, ...booleanKeys, ...weightKeys.map((k) => `weights.${k}`)];

const yes = new Set(['yes', 'true', 'on', '1', 'ya']);
const no = new Set(['no', 'false', 'off', '0', 'tidak']);

function refuse(language: Language, key: string, value: string, expected: string): never {
  throw new UsageError(translate(language, 'messages.settings.badValue', { key, value, expected: translate(language, `messages.settings.${expected}`) }));
}

function wholeNumber(language: Language, key: string, value: string): number {
  if (!/^-?\d+$/.test(value.trim())) refuse(language, key, value, 'expectNumber');
  return Number(value);
}

/** The patch `settings set KEY VALUE` asks for; the contract checks the ranges. */
export function settingsPatchFor(key: string, value: string, current: Settings, language: Language): SettingsPatch {
  if (key === 'duration') {
    const withUnit = /^\s*(\d+)\s*(weeks?|minggu|months?|bulan)\s*$/i.exec(value);
    if (withUnit) return { duration: Number(withUnit[1]), durationUnit: /^(months?|bulan)$/i.test(withUnit[2]) ? 'months' : 'weeks' };
  }
  if ((numberKeys as readonly string[]).includes(key)) return { [key]: wholeNumber(language, key, value) };
  if ((booleanKeys as readonly string[]).includes(key)) {
    const word = value.trim().toLowerCase();
    if (!yes.has(word) && !no.has(word)) refuse(language, key, value, 'expectBoolean');
    return { [key]: yes.has(word) };
  }
  if (key === 'startDate') return { startDate: ['', 'none', '-'].includes(value.trim().toLowerCase()) ? null : value.trim() };
  if (key === 'language' && value !== 'id' && value !== 'en') refuse(language, key, value, 'expectLanguage');
  if (key === 'durationUnit' && value !== 'weeks' && value !== 'months') refuse(language, key, value, 'expectUnit');
  if ((textKeys as readonly string[]).includes(key)) return { [key]: value };
  const weight = /^weights\.(\w+)$/.exec(key)?.[1];
  if (weight && (weightKeys as readonly string[]).includes(weight)) return { weights: { ...current.weights, [weight]: wholeNumber(language, key, value) } };
  throw new UsageError(translate(language, 'messages.settings.unknownKey', { key, keys: settingKeys.join(', ') }));
}

function describe(settings: Settings): Record<string, unknown> {
  return { ...settings, journalWeeks: journalWeeks(settings), phaseEnd: phaseEnd(settings) };
}

function printSettings(settings: Settings, json: boolean): void {
  const shown = describe(settings);
  if (json) {
    process.stdout.write(`${JSON.stringify(shown, null, 2)}\n`);
    return;
  }
  for (const [key, value] of Object.entries(shown)) {
    if (key === 'weights') for (const w of weightKeys) process.stdout.write(`weights.${w}\t${settings.weights[w]}\n`);
    else process.stdout.write(`${key}\t${value === null ? 'none' : String(value)}\n`);
  }
}

export async function settingsCommand(handlers: Handlers, args: CliArgs): Promise<number> {
  const [action, key, value, ...extra] = args.positionals;
  if (action === undefined) {
    printSettings((await handlers.cohortInfo({})).settings, args.json);
    return 0;
  }
  if (action !== 'set' || key === undefined || value === undefined || extra.length > 0) {
    throw new UsageError('settings takes no arguments, or: settings set KEY VALUE');
  }
  const current = (await handlers.cohortInfo({})).settings;
  const patch = settingsPatchFor(key, value, current, cliLanguage());
  const { settings } = (await dispatch(handlers, 'settingsUpdate', { patch })) as Awaited<ReturnType<Handlers['settingsUpdate']>>;
  printSettings(settings, args.json);
  return 0;
}
