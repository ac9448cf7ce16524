import { nameKey } from '../../core/names';
import type { ImportedFields } from '../../../shared/domain';
import type { ImportSnapshot } from '../../store/importRepo';

// Re-importing a later export of the same form: what the form changed since the last import, field by
// field. Differences that normalize to the same stored value are no change: letter case and spacing,
// a phone written another way (both are stored as E.164), a skill spelled another way that resolves to
// the same skill, a preferred mentor's name in other case. A field the form changed takes the form's
// new value (the person updated her answer); every other field keeps its current value, so the
// coordinator's hand edits survive.

export type ChangedField = keyof ImportedFields | 'offers' | 'seeks' | 'preferences';

/** One field of one person that the import changes, from its current value to the form's. */
export interface FieldChange {
  field: ChangedField;
  /** For an extra field: its column header. */
  column?: string;
  from: string;
  to: string;
}

export interface SkillNames {
  offers: readonly string[];
  seeks: readonly string[];
}

export interface Reimport {
  /** Whether the form says anything new for this person. */
  changed: boolean;
  /** The fields to store: the form's where it changed them, the current ones elsewhere. */
  merged: ImportedFields;
  /** Whether her skills or her preferred mentors are to be written again. */
  skills: boolean;
  preferences: boolean;
  /** What the cohort will show differently, from the current value to the new one. */
  changes: FieldChange[];
}

const textFields = ['name', 'nickname', 'email', 'phone', 'region', 'level', 'notes', 'submittedAt'] as const satisfies ReadonlyArray<keyof ImportedFields>;

/** A text as compared: Unicode form, case and runs of whitespace folded. */
export function foldText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');
}

const sameList = (a: readonly string[], b: readonly string[], fold: (s: string) => string) =>
  a.length === b.length && a.every((value, i) => fold(value) === fold(b[i]));

const shown = (value: string | number) => String(value);

/**
 * Compares one person's new answer with her last imported answer (and, for skills, with the skills she
 * has now: skills are not edited by hand, and a merge or rename since is no change of the form).
 */
export function compareReimport(
  current: ImportedFields, last: ImportSnapshot, incoming: ImportSnapshot, skills: { now: SkillNames; incoming: SkillNames },
): Reimport {
  const merged: ImportedFields = { ...current };
  const changes: FieldChange[] = [];
  let changed = false;
  for (const field of textFields) {
    if (foldText(incoming[field]) === foldText(last[field])) continue;
    changed = true;
    merged[field] = incoming[field];
    if (foldText(current[field]) !== foldText(incoming[field])) changes.push({ field, from: current[field], to: incoming[field] });
  }
  for (const field of ['kind', 'capacity'] as const) {
    if (incoming[field] === last[field]) continue;
    changed = true;
    if (field === 'kind') merged.kind = incoming.kind;
    else merged.capacity = incoming.capacity;
    if (current[field] !== incoming[field]) changes.push({ field, from: shown(current[field]), to: shown(incoming[field]) });
  }
  const headers = new Set([...Object.keys(last.extra), ...Object.keys(incoming.extra)]);
  let extraChanged = false;
  for (const header of headers) {
    const before = last.extra[header] ?? '';
    const after = incoming.extra[header] ?? '';
    if (foldText(before) === foldText(after)) continue;
    extraChanged = true;
    const now = current.extra[header] ?? '';
    if (foldText(now) !== foldText(after)) changes.push({ field: 'extra', column: header, from: now, to: after });
  }
  if (extraChanged) {
    changed = true;
    merged.extra = incoming.extra;
  }
  let skillsChanged = false;
  for (const role of ['offers', 'seeks'] as const) {
    if (sameList(skills.now[role], skills.incoming[role], (s) => s)) continue;
    skillsChanged = true;
    changes.push({ field: role, from: skills.now[role].join(', '), to: skills.incoming[role].join(', ') });
  }
  const preferences = !sameList(last.preferences, incoming.preferences, nameKey);
  if (preferences) changes.push({ field: 'preferences', from: last.preferences.join(', '), to: incoming.preferences.join(', ') });
  return { changed: changed || skillsChanged || preferences, merged, skills: skillsChanged, preferences, changes };
}
