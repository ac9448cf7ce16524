import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Violation } from '../../../shared/domain';
import { checkAssignment, type RuleContext } from '../../../shared/rules';
import { errorMessage } from '../messages';
import { useSaying } from '../saying';
import { announce } from '../components/LiveRegion';
import { write } from '../store';
import type { DropOutcome } from './model';

export interface PendingOverride {
  outcome: Extract<DropOutcome, { type: 'assign' | 'move' }>;
  violations: Violation[];
}

/** Turns a drop outcome into the API call, asking before a rule is overridden and refusing what can't be. */
export function useDropHandler(context: RuleContext, nameOf: (id: string) => string) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingOverride | null>(null);
  const [error, setError] = useSaying();

  const commit = useCallback(
    async (outcome: DropOutcome, override: boolean) => {
      if (outcome.type === 'none') return;
      // Drop-to-persisted, for `npm run bench:board`: from here until the backend has committed.
      const droppedAt = performance.now();
      const persisted = () => performance.measure('kupu:drop-persisted', { start: droppedAt });
      const mentee = nameOf(outcome.menteeId);
      const mentor = nameOf(outcome.mentorId);
      try {
        if (outcome.type === 'unassign') {
          await write('pairingUnassign', { mentorId: outcome.mentorId, menteeId: outcome.menteeId }, persisted);
          announce(t('announce.unassigned', { mentee }));
          return;
        }
        const result = await write('pairingAssign', {
          menteeId: outcome.menteeId,
          mentorId: outcome.mentorId,
          fromMentorId: outcome.type === 'assign' ? null : outcome.type === 'move' ? outcome.fromMentorId : outcome.mentorId,
          index: outcome.index,
          override,
        }, persisted);
        if (result.ok) announce(t('announce.assigned', { mentee, mentor }));
        else announce(t('announce.refused', { mentee, mentor, reason: result.violations.map((v) => t(`rules.${v.code}`, v.params)).join(' ') }));
      } catch (caught) {
        setError(() => errorMessage(caught));
      }
    },
    [nameOf, t],
  );

  const handle = useCallback(
    (outcome: DropOutcome) => {
      if (outcome.type === 'assign' || outcome.type === 'move') {
        const violations = checkAssignment(context, {
          menteeId: outcome.menteeId,
          mentorId: outcome.mentorId,
          fromMentorId: outcome.type === 'move' ? outcome.fromMentorId : null,
        });
        if (violations.some((v) => !v.overridable)) {
          const reason = (say: TFunction) => violations.map((v) => say(`rules.${v.code}`, v.params)).join(' ');
          announce(t('announce.refused', { mentee: nameOf(outcome.menteeId), mentor: nameOf(outcome.mentorId), reason: reason(t) }));
          setError(reason);
          return;
        }
        if (violations.length > 0) {
          setPending({ outcome, violations });
          return;
        }
      }
      void commit(outcome, false);
    },
    [commit, context, nameOf, t],
  );

  const confirmOverride = useCallback(() => {
    if (pending) void commit(pending.outcome, true);
    setPending(null);
  }, [commit, pending]);

  return { handle, pending, confirmOverride, cancelOverride: () => setPending(null), error, clearError: () => setError(null) };
}
