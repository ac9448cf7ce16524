import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { base64Bytes, downloadBlob } from '../components/CopyText';
import { announce } from '../components/LiveRegion';
import { errorMessage } from '../messages';

/**
 * A mentor's directory poster from her column: the same PNG the Directory screen saves. Making it takes
 * Chromium a moment, so the column says so meanwhile; the outcome is shown and announced.
 */
export function usePoster(nameOf: (id: string) => string) {
  const { t } = useTranslation();
  const [making, setMaking] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useCallback(async (mentorId: string) => {
    setMaking(mentorId);
    setOutcome(null);
    announce(t('board.posterMaking', { name: nameOf(mentorId) }));
    try {
      const file = await api.directoryPosters({ mentorId });
      downloadBlob(file.fileName, base64Bytes(file.data), 'image/png');
      const text = t('board.posterSaved', { file: file.fileName });
      const saved = { ok: true, text };
      setOutcome(saved);
      announce(text);
      setTimeout(() => setOutcome((current) => (current === saved ? null : current)), 8000);
    } catch (e) {
      setOutcome({ ok: false, text: errorMessage(e) });
    } finally {
      setMaking(null);
    }
  }, [t, nameOf]);
  return { save: useCallback((mentorId: string) => void save(mentorId), [save]), making, outcome, dismiss: () => setOutcome(null) };
}
