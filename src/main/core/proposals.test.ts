import { describe, expect, it } from 'vitest';
import { followChanges, followedState, type FollowedState, type ProposalFacts } from './proposals';

const open: ProposalFacts = {
  status: 'pending', declineReason: null, automatic: false, pairedMentorId: null,
  paired: false, menteeMentors: 0, newestMentorId: null,
  mentorKind: 'group', mentorCapacity: 3, mentorClosed: false, mentorMentees: 0,
};
const settings = { groupSizeLimit: 5, mentorsPerMentee: 1 };
const pending: FollowedState = { status: 'pending', declineReason: null, pairedMentorId: null };
const withdrawn = (by: string): FollowedState => ({ status: 'withdrawn', declineReason: null, pairedMentorId: by });

describe('followedState', () => {
  it.each<[string, Partial<ProposalFacts>, Partial<typeof settings>, FollowedState | null]>([
    ['nothing settles it', {}, {}, pending],
    ['paired with this mentor: accepted', { paired: true, menteeMentors: 1, newestMentorId: 'm' }, {}, { status: 'accepted', declineReason: null, pairedMentorId: null }],
    ['paired with someone else: withdrawn, naming her', { menteeMentors: 1, newestMentorId: 'ayu' }, {}, withdrawn('ayu')],
    ['one mentor of two allowed: still open', { menteeMentors: 1, newestMentorId: 'ayu' }, { mentorsPerMentee: 2 }, pending],
    ['two of two: withdrawn, naming the newest', { menteeMentors: 2, newestMentorId: 'lina' }, { mentorsPerMentee: 2 }, withdrawn('lina')],
    ['mentor closed', { mentorClosed: true }, {}, { status: 'declined', declineReason: 'mentor_closed', pairedMentorId: null }],
    ['mentor full', { mentorMentees: 3 }, {}, { status: 'declined', declineReason: 'mentor_full', pairedMentorId: null }],
    ['a group mentor is full at the group size limit', { mentorCapacity: 10, mentorMentees: 5 }, {}, { status: 'declined', declineReason: 'mentor_full', pairedMentorId: null }],
    ['a peer mentor is full with one mentee', { mentorKind: 'peer', mentorMentees: 1 }, {}, { status: 'declined', declineReason: 'mentor_full', pairedMentorId: null }],
    ['a mentor with no seats is full', { mentorCapacity: 0 }, {}, { status: 'declined', declineReason: 'mentor_full', pairedMentorId: null }],
    ['closed beats full', { mentorClosed: true, mentorMentees: 3 }, {}, { status: 'declined', declineReason: 'mentor_closed', pairedMentorId: null }],
    ['her own pairing beats the mentor being closed or full', { paired: true, menteeMentors: 1, mentorClosed: true, mentorMentees: 4 }, {}, { status: 'accepted', declineReason: null, pairedMentorId: null }],
    ['withdrawn beats declined: she has a mentor anyway', { menteeMentors: 1, newestMentorId: 'ayu', mentorClosed: true }, {}, withdrawn('ayu')],
    ['a seat freed: the board’s decline reopens', { status: 'declined', declineReason: 'mentor_full', automatic: true }, {}, pending],
    ['a coordinator’s decline stays', { status: 'declined', declineReason: 'mentor_full', automatic: false }, {}, null],
    ['a coordinator’s decline stays even when she is paired with him', { status: 'declined', declineReason: 'other', paired: true, menteeMentors: 1 }, {}, null],
    ['her pairing removed: the acceptance reopens', { status: 'accepted', automatic: false }, {}, pending],
  ])('%s', (_name, facts, limits, expected) => {
    expect(followedState({ ...open, ...facts }, { ...settings, ...limits })).toEqual(expected);
  });
});

describe('followChanges', () => {
  it.each<[string, Partial<ProposalFacts>, FollowedState, boolean]>([
    ['same state', {}, pending, false],
    ['status differs', {}, withdrawn('ayu'), true],
    ['moved to another mentor: who she is paired with differs', { status: 'withdrawn', automatic: true, pairedMentorId: 'ayu' }, withdrawn('lina'), true],
    ['a coordinator’s acceptance is left as it is', { status: 'accepted', automatic: false }, { status: 'accepted', declineReason: null, pairedMentorId: null }, false],
    ['closed after full', { status: 'declined', declineReason: 'mentor_full', automatic: true }, { status: 'declined', declineReason: 'mentor_closed', pairedMentorId: null }, true],
  ])('%s', (_name, facts, next, expected) => expect(followChanges({ ...open, ...facts }, next)).toBe(expected));
});
