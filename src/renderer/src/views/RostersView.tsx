import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paper } from '../../../shared/contract';
import { api } from '../api';
import { errorMessage } from '../messages';
import { base64Bytes, downloadBlob, ManualCopyDialog, useCopyText } from '../components/CopyText';
import { useCohort } from '../store';
import { useSaying, type Saying } from '../saying';
import { MentorPicker } from './MentorPicker';
import { WhatsAppPartsDialog, type WhatsAppPart } from './WhatsAppParts';


/** "12 groups · 8 peer pairs": each part only when there is some, "0 groups" when there is nothing. */
function unitCount(t: (key: string, params: { count: number }) => string, units: ReadonlyArray<{ kind: 'peer' | 'group' }>): string {
  const groups = units.filter((u) => u.kind === 'group').length;
  const pairs = units.length - groups;
  return [groups > 0 || pairs === 0 ? t('rosters.groups', { count: groups }) : '', pairs > 0 ? t('rosters.pairs', { count: pairs }) : ''].filter(Boolean).join(' · ');
}

/** Print preview of the rosters (exactly the HTML the PDF is made from), WhatsApp texts and exports. */
export function RostersView() {
  const { t } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const pairings = useCohort((d) => d.pairings);
  const settings = useCohort((d) => d.info?.settings);
  const [html, setHtml] = useState<string | null>(null);
  const [groups, setGroups] = useState<Awaited<ReturnType<typeof api.rosterWhatsApp>>['groups']>([]);
  const [allText, setAllText] = useState('');
  const [parts, setParts] = useState<WhatsAppPart[]>([]);
  const [partsOpen, setPartsOpen] = useState(false);
  const [status, setStatus] = useSaying();
  const [paper, setPaper] = useState<Paper>('A4');
  const [region, setRegion] = useState('');
  const [skill, setSkill] = useState('');
  const [picked, setPicked] = useState<string[] | null>(null);
  const [note, setNote] = useState('');
  const clipboard = useCopyText();

  const mentorIds = useMemo(() => new Set(pairings.map((p) => p.mentorId)), [pairings]);
  const mentors = useMemo(() => participants.filter((p) => mentorIds.has(p.id)), [participants, mentorIds]);
  const regions = useMemo(() => [...new Set(mentors.map((m) => m.region).filter(Boolean))].sort(), [mentors]);
  const skills = useMemo(() => [...new Set(pairings.map((p) => p.skill).filter((s): s is string => !!s))].sort(), [pairings]);
  const request = useMemo(
    () => ({ paper, note: note || undefined, filter: { region: region || undefined, skill: skill || undefined, mentorIds: picked ?? undefined } }),
    [paper, note, region, skill, picked],
  );
  // The preview follows the choices 400 ms behind, so typing a note or ticking mentors asks for one
  // preview once they settle rather than one per keystroke or tick. Saving a PDF uses the choices as they stand.
  const [debouncedRequest, setDebouncedRequest] = useState(request);
  useEffect(() => {
    const timer = setTimeout(() => setDebouncedRequest(request), 400);
    return () => clearTimeout(timer);
  }, [request]);

  useEffect(() => {
    let live = true;
    void Promise.all([api.rosterHtml(debouncedRequest), api.rosterWhatsApp(debouncedRequest)]).then(([roster, whatsapp]) => {
      if (!live) return;
      setHtml(roster.html);
      setGroups(whatsapp.groups);
      setAllText(whatsapp.all);
      setParts(whatsapp.messages);
    });
    return () => {
      live = false;
    };
  }, [pairings, participants, settings, debouncedRequest]);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      setStatus(() => errorMessage(error));
    }
  };
  const savePdf = () =>
    run(async () => {
      setStatus((say) => say('rosters.saving'));
      const pdf = await api.rosterPdf(request);
      downloadBlob(pdf.fileName, base64Bytes(pdf.data), 'application/pdf');
      setStatus((say) => say('rosters.saved', { file: pdf.fileName }));
    });
  const exportAs = (format: 'csv' | 'xlsx') =>
    run(async () => {
      const file = await api.exportCreate({ format });
      downloadBlob(file.fileName, base64Bytes(file.data), format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      setStatus((say) => say('rosters.saved', { file: file.fileName }));
    });
  /** `what` is said when the status is shown: a name as it is, or the words of the interface's language. */
  const copy = (text: string, what: Saying) =>
    run(async () => {
      if (await clipboard.copy(text)) setStatus((say) => say('rosters.copied', { what: what(say) }));
    });
  // Longer than one WhatsApp message: the dialog copies the parts one by one.
  const copyAll = () => (parts.length > 1 ? setPartsOpen(true) : void copy(allText, (say) => say('rosters.copyAll')));
  const copyPart = async (part: WhatsAppPart, index: number) => {
    const done = await clipboard.copy(part.text);
    if (done) setStatus((say) => say('rosters.copiedPart', { part: index + 1, parts: parts.length }));
    return done;
  };
  const print = () => document.querySelector<HTMLIFrameElement>('iframe.roster-frame')?.contentWindow?.print();

  return (
    <div className="page rosters-view">
      <div className="toolbar">
        <h2>{t('rosters.title')}</h2>
        {/* Groups and peer pairs counted apart, as the board and every page of the roster count them. */}
        <span className="toolbar-count" data-testid="roster-count">
          {unitCount(t, groups)}
        </span>
        <span className="spacer" />
        <select aria-label="Paper" value={paper} onChange={(e) => setPaper(e.target.value === 'Letter' ? 'Letter' : 'A4')}>
          <option value="A4">A4</option>
          <option value="Letter">Letter</option>
        </select>
        <button type="button" onClick={print} disabled={groups.length === 0}>{t('rosters.print')}</button>
        <button type="button" className="primary" onClick={() => void savePdf()} disabled={groups.length === 0} data-testid="roster-pdf">
          {t('rosters.savePdf')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')} data-testid="export-csv">{t('rosters.exportCsv')}</button>
        <button type="button" onClick={() => void exportAs('xlsx')} data-testid="export-xlsx">{t('rosters.exportXlsx')}</button>
      </div>
      {status && <p role="status" className="status-line">{status}</p>}
      <div className="rosters-layout">
        <aside className="rosters-side">
          <h3>{t('rosters.filters')}</h3>
          <label className="field">
            {t('rosters.region')}
            <select value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="">{t('rosters.allRegions')}</option>
              {regions.map((r) => <option key={r} value={r}>{r}</option>)}
            </select>
          </label>
          <label className="field">
            {t('rosters.skill')}
            <select value={skill} onChange={(e) => setSkill(e.target.value)}>
              <option value="">{t('rosters.allSkills')}</option>
              {skills.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
          <MentorPicker mentors={mentors} picked={picked} onChange={setPicked} />
          <label className="field">
            {t('rosters.note')}
            <textarea rows={3} value={note} placeholder={t('rosters.notePlaceholder')} onChange={(e) => setNote(e.target.value)} />
          </label>
          <h3>{t('rosters.whatsapp')}</h3>
          <div className="stack">
            <button type="button" onClick={copyAll} disabled={groups.length === 0} data-testid="copy-all">
              {parts.length > 1 ? t('rosters.copyAllParts', { count: parts.length }) : t('rosters.copyAll')}
            </button>
            <button type="button" onClick={() => downloadBlob(`${settings?.name || 'kupu'}-whatsapp.txt`, allText, 'text/plain;charset=utf-8')} disabled={groups.length === 0}>
              {t('rosters.downloadText')}
            </button>
          </div>
          <h3>{t('rosters.groupList')}</h3>
          <ul className="group-list" data-testid="roster-groups">
            {groups.map((g, i) => (
              <li key={`${g.mentorId}:${i}`}>
                <span>
                  <b>{g.mentor}</b> · {t('rosters.menteeCount', { count: g.mentees })}
                </span>
                <button type="button" onClick={() => void copy(g.text, () => g.mentor)} aria-label={`${t('rosters.copyGroup')}: ${g.mentor}`}>
                  {t('rosters.copyGroup')}
                </button>
              </li>
            ))}
          </ul>
        </aside>
        {groups.length === 0 ? (
          <p className="empty-board">{t(pairings.length > 0 ? 'rosters.noneChosen' : 'rosters.empty')}</p>
        ) : (
          html && <iframe className="roster-frame" title={t('rosters.title')} srcDoc={html} sandbox="allow-same-origin allow-modals" />
        )}
      </div>
      {partsOpen && <WhatsAppPartsDialog parts={parts} onCopy={copyPart} onClose={() => setPartsOpen(false)} />}
      <ManualCopyDialog text={clipboard.manual} onClose={clipboard.close} />
    </div>
  );
}
