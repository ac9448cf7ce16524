// How Kupu compares what people type: without case, accents or compatibility forms. The renderer's
// search, the import's headers and answers, names and skills all fold with this one function, so a
// name the search box finds is the name the import and the matcher recognise, and the other way round.

const plainAscii = /^[\x20-\x7e]*$/;

/**
 * Lower case without accents or compatibility forms: "Aísyah" → "aisyah", "ﬁtri" → "fitri", full-width
 * "ＡＢＣ" → "abc". Letters with no decomposition ("ø", "ß") and other scripts stay as they are;
 * punctuation and spacing are kept (each caller says what it ignores).
 */
export function foldText(text: string): string {
  // Plain ASCII (most names, skills and headers) folds by lower-casing alone, without normalising.
  if (plainAscii.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
