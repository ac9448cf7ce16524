import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, KupuError } from '../api';
import { useCohort } from '../store';

function download(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Print preview of the rosters, exactly the HTML the PDF is made from. */
export function RostersView() {
  const { t } = useTranslation();
  const pairings = useCohort((d) => d.pairings);
  const language = useCohort((d) => d.info?.settings.language ?? 'id');
  const [html, setHtml] = useState<string | null>(null);
  const [groups, setGroups] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [paper, setPaper] = useState<'A4' | 'Letter'>('A4');

  useEffect(() => {
    let live = true;
    void api.rosterHtml({ paper }).then((r) => {
      if (!live) return;
      setHtml(r.html);
      setGroups(r.groups);
    });
    return () => {
      live = false;
    };
  }, [pairings, language, paper]);

  const savePdf = async () => {
    setStatus(t('rosters.saving'));
    try {
      const pdf = await api.rosterPdf({ paper });
      download(pdf.fileName, pdf.data, 'application/pdf');
      setStatus(t('rosters.saved', { file: pdf.fileName }));
    } catch (error) {
      setStatus(error instanceof KupuError ? error.message : String(error));
    }
  };

  const print = () => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe.roster-frame');
    frame?.contentWindow?.print();
  };

  return (
    <div className="page rosters-view">
      <div className="toolbar">
        <h2>{t('rosters.title')}</h2>
        <span className="toolbar-count">{t('rosters.groups', { count: groups })}</span>
        <select aria-label="Paper" value={paper} onChange={(e) => setPaper(e.target.value === 'Letter' ? 'Letter' : 'A4')}>
          <option value="A4">A4</option>
          <option value="Letter">Letter</option>
        </select>
        <button type="button" onClick={print} disabled={groups === 0}>{t('rosters.print')}</button>
        <button type="button" className="primary" onClick={() => void savePdf()} disabled={groups === 0} data-testid="roster-pdf">
          {t('rosters.savePdf')}
        </button>
        {status && <span role="status" className="toolbar-count">{status}</span>}
      </div>
      {groups === 0 ? (
        <p className="empty-board">{t('rosters.empty')}</p>
      ) : (
        html && <iframe className="roster-frame" title={t('rosters.title')} srcDoc={html} sandbox="allow-same-origin allow-modals" />
      )}
    </div>
  );
}
