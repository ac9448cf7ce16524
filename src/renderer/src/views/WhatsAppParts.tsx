import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

export interface WhatsAppPart {
  text: string;
  from: number;
  to: number;
}

/**
 * "Copy all for WhatsApp" when the roster is longer than one WhatsApp message: says into how many
 * messages it is split and why, and copies them one at a time, marking those already copied.
 */
export function WhatsAppPartsDialog({ parts, onCopy, onClose }: { parts: readonly WhatsAppPart[]; onCopy: (part: WhatsAppPart, index: number) => Promise<boolean>; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState<ReadonlySet<number>>(new Set());
  const number = new Intl.NumberFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB');
  const total = parts.reduce((sum, part) => sum + part.text.length, 0);
  const copy = async (part: WhatsAppPart, index: number) => {
    if (await onCopy(part, index)) setCopied((done) => new Set(done).add(index));
  };
  return (
    <Dialog title={t('rosters.splitTitle', { count: parts.length })} open onClose={onClose} testId="whatsapp-parts"
      footer={<button type="button" className="primary" onClick={onClose}>{t('rosters.close')}</button>}>
      <p>{t('rosters.splitBody', { count: parts.length, chars: number.format(total) })}</p>
      <ol className="group-list" data-testid="whatsapp-part-list">
        {parts.map((part, i) => (
          <li key={part.from}>
            <span>
              <b>{t('rosters.part', { part: i + 1, parts: parts.length })}</b>
              {' · '}<span className="muted">{t('rosters.partDetail', { from: part.from, to: part.to, chars: number.format(part.text.length) })}</span>
            </span>
            <button type="button" data-autofocus={i === 0 ? '' : undefined} onClick={() => void copy(part, i)}>
              {copied.has(i) ? '✓ ' : ''}{t('rosters.copyPart', { part: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}
