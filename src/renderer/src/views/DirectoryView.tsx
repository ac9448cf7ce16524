import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryResult, Params } from '../../../shared/contract';
import { api } from '../api';
import { base64Bytes, downloadBlob, ManualCopyDialog, useCopyText } from '../components/CopyText';
import { errorMessage } from '../messages';
import { useCohort, write } from '../store';
import './directory.css';

type Filter = NonNullable<Params<'directoryShow'>['filter']>;
type Mentor = DirectoryResult['sections'][number]['mentors'][number];
/** What the status line says, kept as a key (or the error itself) so it follows a language switch. */
type Status = { key: string; params?: Record<string, string | number> } | { error: unknown } | null;

/** Sections with more mentors than this open only when asked: 5,000 mentors are not drawn at once. */
const openSectionLimit = 60;

function MentorCard({ mentor, onPoster }: { mentor: Mentor; onPoster: (id: string) => void }) {
  const { t } = useTranslation();
  const seats = mentor.status === 'closed' ? t('directory.doc.closed') : mentor.openSeats > 0 ? t('directory.doc.seats', { count: mentor.openSeats }) : t('directory.doc.noSeats');
  return (
    <li className={`directory-card ${mentor.status}`}>
      <div className="directory-card-head">
        <b dir="auto">{mentor.name}</b>
        {mentor.nickname && mentor.nickname.toLowerCase() !== mentor.name.toLowerCase() && <span className="muted" dir="auto"> ({mentor.nickname})</span>}
        <span className={`directory-status ${mentor.status}`}>{t(`directory.doc.${mentor.status}`)}</span>
      </div>
      <div className="muted">{[seats, t(`directory.doc.kind.${mentor.kind}`), mentor.level, mentor.region].filter(Boolean).join(' · ')}</div>
      {(mentor.phone || mentor.email) && <div className="muted">{[mentor.phone, mentor.email].filter(Boolean).join(' · ')}</div>}
      {mentor.about && <p className="directory-about" dir="auto">{mentor.about}</p>}
      <button type="button" className="link-button" onClick={() => onPoster(mentor.id)} aria-label={`${t('directory.screen.poster')}: ${mentor.name}`}>
        {t('directory.screen.poster')}
      </button>
    </li>
  );
}

/** The mentor directory as the participants will see it, its privacy setting, and its files. */
export function DirectoryView() {
  const { t, i18n } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const pairings = useCohort((d) => d.pairings);
  const info = useCohort((d) => d.info);
  const [filter, setFilter] = useState<Filter>({});
  const [result, setResult] = useState<DirectoryResult | null>(null);
  const [generation, setGeneration] = useState(0);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  /** The privacy switch as just clicked, until the directory made with it arrives. */
  const [pendingContacts, setPendingContacts] = useState<boolean | null>(null);
  const clipboard = useCopyText();

  const choices = useMemo(() => {
    const mentors = participants.filter((p) => p.offers.length > 0);
    const sorted = (values: string[]) => [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));
    return { skills: sorted(mentors.flatMap((p) => p.offers)), regions: sorted(mentors.map((p) => p.region)), levels: sorted(mentors.map((p) => p.level)) };
  }, [participants]);

  // Follows the cohort: any change to participants, pairings or settings makes a new directory.
  useEffect(() => {
    let live = true;
    api.directoryShow({ filter }).then(
      (next) => {
        if (!live) return;
        setResult(next);
        setPendingContacts(null);
      },
      (error: unknown) => live && setStatus({ error }),
    );
    return () => {
      live = false;
    };
  }, [filter, participants, pairings, info, generation]);

  const run = async (what: string, action: () => Promise<Status>) => {
    setBusy(true);
    setStatus({ key: 'directory.screen.working', params: { what: t(what) } });
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ error });
    } finally {
      setBusy(false);
    }
  };
  const save = (format: 'html' | 'pdf') =>
    run(format === 'pdf' ? 'directory.screen.exportPdf' : 'directory.screen.exportHtml', async () => {
      const file = await api.directoryExport({ format, filter });
      downloadBlob(file.fileName, base64Bytes(file.data), format === 'pdf' ? 'application/pdf' : 'text/html;charset=utf-8');
      return { key: 'directory.screen.saved', params: { file: file.fileName } };
    });
  const copyText = () =>
    run('directory.screen.exportText', async () => {
      const messages = await api.directoryWhatsApp({ filter });
      const text = messages.map((m) => m.text).join('\n\n\n');
      return (await clipboard.copy(text)) ? { key: 'directory.screen.copied', params: { count: messages.length } } : null;
    });
  const posters = (mentorId?: string) =>
    run('directory.screen.exportPosters', async () => {
      const file = await api.directoryPosters(mentorId ? { mentorId } : { filter });
      downloadBlob(file.fileName, base64Bytes(file.data), mentorId ? 'image/png' : 'application/zip');
      return { key: 'directory.screen.saved', params: { file: file.fileName } };
    });
  const setFilterKey = <K extends keyof Filter>(key: K, value: Filter[K] | '') =>
    setFilter((current) => {
      const next = { ...current };
      if (value === '' || value === false) delete next[key];
      else next[key] = value as Filter[K];
      return next;
    });

  const asOf = result ? new Intl.DateTimeFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(result.asOf)) : '';
  const contacts = pendingContacts ?? result?.settings.showContacts ?? false;
  const switchContacts = (on: boolean) => {
    setPendingContacts(on);
    write('directorySettingsUpdate', { patch: { showContacts: on } }).catch((e: unknown) => {
      setPendingContacts(null);
      setStatus({ error: e });
    });
  };
  const privacyNote = <p className={`directory-privacy${contacts ? ' on' : ''}`} data-testid="directory-privacy">{t(contacts ? 'directory.screen.contactsOn' : 'directory.screen.contactsOff')}</p>;
  const many = (result?.mentorCount ?? 0) > openSectionLimit;

  return (
    <div className="page directory-view">
      <div className="toolbar">
        <h2>{t('directory.screen.title')}</h2>
        {result && <span className="toolbar-count" data-testid="directory-summary">{t('directory.screen.summary', { mentors: result.mentorCount, skills: result.sections.length })} · {t('directory.screen.asOf', { date: asOf })}</span>}
        <span className="spacer" />
        <button type="button" onClick={() => setGeneration((g) => g + 1)}>{t('directory.screen.refresh')}</button>
      </div>
      {status && <p role="status" className="status-line">{'error' in status ? errorMessage(status.error) : t(status.key, status.params)}</p>}
      <div className="rosters-layout">
        <aside className="rosters-side">
          <p className="muted">{t('directory.screen.hint')}</p>
          <label className="check">
            <input type="checkbox" checked={contacts} data-testid="directory-contacts" onChange={(e) => switchContacts(e.target.checked)} />
            {t('directory.screen.contacts')}
          </label>
          <div className="stack">
            <button type="button" className="primary" disabled={busy} onClick={() => void save('html')} data-testid="directory-html">{t('directory.screen.exportHtml')}</button>
            <button type="button" disabled={busy} onClick={() => void save('pdf')} data-testid="directory-pdf">{t('directory.screen.exportPdf')}</button>
            <button type="button" disabled={busy} onClick={() => void copyText()} data-testid="directory-whatsapp">{t('directory.screen.exportText')}</button>
            <button type="button" disabled={busy} onClick={() => void posters()} data-testid="directory-posters">{t('directory.screen.exportPosters')}</button>
          </div>
          {privacyNote}
          <hr />
          <label className="field">
            {t('directory.screen.skill')}
            <select value={filter.skill ?? ''} onChange={(e) => setFilterKey('skill', e.target.value)}>
              <option value="">{t('directory.screen.any')}</option>
              {choices.skills.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
          <label className="field">
            {t('directory.screen.region')}
            <select value={filter.region ?? ''} onChange={(e) => setFilterKey('region', e.target.value)}>
              <option value="">{t('directory.screen.any')}</option>
              {choices.regions.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
          <label className="field">
            {t('directory.screen.level')}
            <select value={filter.level ?? ''} onChange={(e) => setFilterKey('level', e.target.value)}>
              <option value="">{t('directory.screen.any')}</option>
              {choices.levels.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
          <label className="field">
            {t('directory.screen.kind')}
            <select value={filter.kind ?? ''} onChange={(e) => setFilterKey('kind', e.target.value === 'peer' || e.target.value === 'group' ? e.target.value : '')}>
              <option value="">{t('directory.screen.any')}</option>
              <option value="peer">{t('directory.doc.kind.peer')}</option>
              <option value="group">{t('directory.doc.kind.group')}</option>
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={filter.openOnly ?? false} onChange={(e) => setFilterKey('openOnly', e.target.checked)} />
            {t('directory.screen.openOnly')}
          </label>
          <label className="field">
            {t('directory.screen.aboutColumn')}
            <select value={result?.aboutColumn ?? ''} onChange={(e) => void write('directorySettingsUpdate', { patch: { aboutColumn: e.target.value } })}>
              <option value="">{t('directory.screen.noAbout')}</option>
              {(result?.extraColumns ?? []).map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </label>
        </aside>
        <section className="directory-preview" aria-label={t('directory.screen.title')} data-testid="directory-preview">
          {result && result.sections.length === 0 && <p className="empty-board">{t(participants.some((p) => p.offers.length > 0) ? 'directory.doc.noMatch' : 'directory.doc.noMentors')}</p>}
          {result?.sections.map((section) => (
            <details key={section.skill} className="directory-section" open={!many}>
              <summary><b>{section.skill}</b> <span className="muted">{t('directory.doc.mentors', { count: section.mentors.length })}</span></summary>
              <ul>{section.mentors.map((m) => <MentorCard key={m.id} mentor={m} onPoster={(id) => void posters(id)} />)}</ul>
            </details>
          ))}
        </section>
      </div>
      <ManualCopyDialog text={clipboard.manual} onClose={clipboard.close} />
    </div>
  );
}
