import type { Participant } from '../../shared/domain';
import { foldText } from '../../shared/text';

// How every search box in the app matches, so a name found on the board is found everywhere: accents
// folded ("aisyah" finds "Aísyah"), words in any order, phone numbers by their digits as people type them.

const wordsOf = (query: string) => foldText(query).split(/\s+/).filter(Boolean);

// People type Indonesian numbers as 0812…; they are stored as +62812….
const phoneDigits = (text: string) => text.replace(/\D/g, '').replace(/^0/, '62');
const phoneLike = (text: string) => /^[\d\s+().-]+$/.test(text);
// Fewer digits than this would find half the cohort.
const minDigits = 3;

/** A search over plain texts (a skill and its spellings): every word of the query in one of them. */
export function textMatcher(query: string): (texts: readonly string[]) => boolean {
  const words = wordsOf(query);
  if (words.length === 0) return () => true;
  return (texts) => {
    const folded = texts.map(foldText);
    return words.every((word) => folded.some((text) => text.includes(word)));
  };
}

type Searchable = Pick<Participant, 'name' | 'nickname' | 'phone'>;

/** A search over people as a predicate, the query folded once rather than once per person. */
export function queryMatcher(query: string): (person: Searchable) => boolean {
  const words = wordsOf(query);
  if (words.length === 0) return () => true;
  // Only digits and separators: one phone number, however it is spaced ("0812 3456 7890").
  const digits = phoneDigits(query);
  if (phoneLike(query.trim()) && digits.length >= minDigits) {
    return (person) => searchTextOf(person).phone.includes(digits);
  }
  // Otherwise each word in the name, the nickname or (a number like "0812") the phone: "budi 0812".
  const wordDigits = words.map((word) => (phoneLike(word) ? phoneDigits(word) : ''));
  return (person) => {
    const { name, nickname, phone } = searchTextOf(person);
    return words.every((word, i) => name.includes(word) || nickname.includes(word) || (wordDigits[i].length >= minDigits && phone.includes(wordDigits[i])));
  };
}

interface SearchText {
  name: string;
  nickname: string;
  phone: string;
}

/**
 * A person's folded name and nickname and their phone digits, worked out once per person object: a search
 * box tests thousands of people on every keystroke, and folding (Unicode normalization) is most of that
 * cost. The store hands out new objects when a cohort is re-read, so an edit is never served stale.
 */
const searchTexts = new WeakMap<Searchable, SearchText>();

function searchTextOf(person: Searchable): SearchText {
  let text = searchTexts.get(person);
  if (!text) {
    text = { name: foldText(person.name), nickname: foldText(person.nickname), phone: person.phone.replace(/\D/g, '') };
    searchTexts.set(person, text);
  }
  return text;
}
