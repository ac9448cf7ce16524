import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshCohort, seed, type TestCohort } from '../../../../tests/support/cohort';
import { directoryFile, directoryMessages, directoryView } from '.';

// The directory follows the cohort's live state (pairings, undo, closing), keeps contacts out unless the
// coordinator turned them on, and stays a valid, inert document whatever the participants typed.

let cohort: TestCohort;
let ids: Record<string, string>;
const noPdf = async () => new Uint8Array();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeEach(() => {
  cohort = freshCohort();
  ids = seed(cohort.session, [
    { name: 'Wati Mentor', capacity: 2, offers: ['Memasak', 'Menjahit'], kind: 'group' },
    { name: 'Ani Mentee', capacity: 0, seeks: ['Memasak'], kind: 'group' },
    { name: 'Budi Mentee', capacity: 0, seeks: ['Memasak'], kind: 'group' },
  ]);
});
afterEach(() => cohort.cleanup());

const wati = () => directoryView(cohort.session.db).document.directory.sections[0].mentors.find((m) => m.name === 'Wati Mentor');

describe('the directory follows the cohort', () => {
  it('lists a mentor under each skill she offers, and nobody who offers nothing', () => {
    const { sections, mentorCount } = directoryView(cohort.session.db).document.directory;
    expect(sections.map((s) => [s.skill, s.mentors.map((m) => m.name)])).toEqual([['Memasak', ['Wati Mentor']], ['Menjahit', ['Wati Mentor']]]);
    expect(mentorCount).toBe(1);
  });

  it('counts open seats down with a pairing and back up with its undo; a full mentor is full, a closed one closed', async () => {
    expect(wati()).toMatchObject({ openSeats: 2, status: 'open' });
    await cohort.handlers.pairingAssign({ mentorId: ids['Wati Mentor'], menteeId: ids['Ani Mentee'], skill: 'Memasak' });
    expect(wati()).toMatchObject({ openSeats: 1, status: 'open' });
    await cohort.handlers.pairingAssign({ mentorId: ids['Wati Mentor'], menteeId: ids['Budi Mentee'], skill: 'Memasak' });
    expect(wati()).toMatchObject({ openSeats: 0, status: 'full' });
    expect(directoryView(cohort.session.db, { openOnly: true }).document.directory.sections).toEqual([]);
    await cohort.handlers.historyUndo({});
    expect(wati()).toMatchObject({ openSeats: 1, status: 'open' });
    await cohort.handlers.participantUpdate({ id: ids['Wati Mentor'], patch: { closed: true } });
    expect(wati()).toMatchObject({ openSeats: 1, status: 'closed' });
  });
});

describe('privacy', () => {
  beforeEach(async () => {
    await cohort.handlers.participantUpdate({ id: ids['Wati Mentor'], patch: { phone: '+6281234567890', email: 'wati@example.com' } });
  });

  it('keeps phone numbers and e-mail addresses out of the HTML and the WhatsApp text unless turned on', async () => {
    for (const format of ['html', 'txt'] as const) {
      const off = text((await directoryFile(cohort.session.db, format, {}, noPdf)).bytes);
      expect(off).not.toMatch(/6281234567890|812-3456|wati@example\.com|wa\.me/);
    }
    expect(directoryMessages(cohort.session.db, {}).map((m) => m.text).join('\n')).not.toContain('wati@example.com');

    const { changed } = await cohort.handlers.directorySettingsUpdate({ patch: { showContacts: true } });
    expect(changed).toContain('cohort');
    const html = text((await directoryFile(cohort.session.db, 'html', {}, noPdf)).bytes);
    expect(html).toContain('https://wa.me/6281234567890');
    expect(html).toContain('wati@example.com');
    expect(text((await directoryFile(cohort.session.db, 'txt', {}, noPdf)).bytes)).toContain('https://wa.me/6281234567890');

    await cohort.handlers.historyUndo({});
    expect(text((await directoryFile(cohort.session.db, 'html', {}, noPdf)).bytes)).not.toContain('wa.me');
  });
});

describe('whatever the participants typed', () => {
  it('escapes names and skills, forbids remote loads, and still lists everyone', async () => {
    seed(cohort.session, [
      { name: '<img src=x onerror=alert(1)>', capacity: 1, offers: ['<script>alert(2)</script>'] },
      { name: 'Ayu 🌸 Kartika', capacity: 1, offers: ['Merajut'] },
      { name: 'نور الهدى', capacity: 1, offers: ['Bahasa Arab'] },
    ]);
    const html = text((await directoryFile(cohort.session.db, 'html', {}, noPdf)).bytes);
    expect(html).not.toMatch(/<img|<script>alert/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/);
    expect(html).toContain('Ayu 🌸 Kartika');
    expect(html).toContain('<h3 dir="auto">نور الهدى');
    // The one inline script is the search; nothing else executes.
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('makes a valid directory of a cohort with no mentors', async () => {
    const empty = freshCohort();
    try {
      const file = await directoryFile(empty.session.db, 'html', {}, noPdf);
      expect(file).toMatchObject({ mentors: 0, skills: 0 });
      expect(text(file.bytes)).toContain('Belum ada mentor');
      expect(directoryMessages(empty.session.db, {})).toEqual([]);
    } finally {
      empty.cleanup();
    }
  });
});
