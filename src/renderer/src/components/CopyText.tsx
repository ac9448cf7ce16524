import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxImportFileBytes } from '../../../shared/limits';
import { KupuError } from '../api';
import { Dialog } from './Dialog';

/**
 * Copies text to the clipboard; where the clipboard is refused (the desktop shell denies permissions),
 * shows the text in a dialog to copy by hand instead.
 */
export function useCopyText() {
  const [manual, setManual] = useState<string | null>(null);
  const copy = async (text: string): Promise<boolean> => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      setManual(text);
      return false;
    }
  };
  return { copy, manual, close: () => setManual(null) };
}

export function ManualCopyDialog({ text, onClose }: { text: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('rosters.copyTitle')} open={text !== null} onClose={onClose} wide footer={<button type="button" className="primary" onClick={onClose}>{t('rosters.close')}</button>}>
      <textarea className="copy-area" readOnly value={text ?? ''} rows={16} onFocus={(e) => e.currentTarget.select()} autoFocus />
    </Dialog>
  );
}

export function downloadBlob(fileName: string, bytes: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** Refused by its size before it is read: a file far over the limit would fill the page's memory first. */
function tooBig(file: File): KupuError {
  const params = { limitMb: maxImportFileBytes / 1024 / 1024 };
  const message = `The file is larger than ${params.limitMb} MB; a registration export is much smaller.`;
  return new KupuError({ code: 'refused', message, details: [{ file: file.name, row: null, column: null, key: 'file.tooBig', params, message }] });
}

/** A chosen file's bytes as base64, the form files travel in across the contract. */
export async function fileToBase64(file: File): Promise<string> {
  if (file.size > maxImportFileBytes) throw tooBig(file);
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
