export const reviewWords = {
  review: {
    title: 'Needs review',
    intro: 'What the imports could not decide alone: preferred mentors to choose or to confirm, answers kept as written, and skills that look like one. Every answer here can be undone.',
    count_one: '{{count}} item needs review',
    count_other: '{{count}} items need review',
    empty: 'Nothing needs review.',
    fuzzy: {
      title_one: '{{count}} preferred mentor was matched by a guess: confirm it',
      title_other: '{{count}} preferred mentors were matched by a guess: confirm them',
      hint: 'The name on the form fits only part of a name, or is spelled a little differently. Confirm with one click, or choose who was meant.',
      matched: 'Matched to',
      confirm: 'Confirm',
      confirmLabel: 'Confirm {{mentor}} as “{{typed}}” of {{mentee}}',
      more: '…and {{count}} more: they appear here as you confirm these.',
    },
    unresolvedMore: '…and {{count}} more: they appear here as you resolve these.',
    values: {
      title_one: '{{count}} answer from the last import to check',
      title_other: '{{count}} answers from the last import to check',
      hint: 'These answers did not read as expected: they were kept as written, or left out. Correct them in Participants if needed, then mark them as checked.',
      who: 'Participant',
      what: 'What happened',
      checked: 'Checked',
      checkedLabel: 'Checked: {{what}}',
    },
    details: {
      title: 'Preferred mentors to review',
      fuzzy: '“{{typed}}” → {{mentor}} (to confirm)',
      unresolved: '“{{typed}}”: nobody chosen yet',
    },
  },
};
