import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** A chosen file's bytes as base64, the form files travel in across the contract. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
