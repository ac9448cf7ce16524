// The weekly journals: which pair or group has handed in which week's journal, and who is behind.
export { importJournal, journalBehindOf, journalGridOf, localToday, tickJournal } from './journals';
