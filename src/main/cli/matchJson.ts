import type { Writable } from 'node:stream';
import type { SuggestionSet } from '../../shared/contract';
import { reasonText, unmatchedText, type TextLanguage } from '../core/matching';

// `kupu match --json`'s document, written in pieces as it is made: the same bytes as
// JSON.stringify(document, null, 2), without building the document's objects or one string of tens of
// megabytes (50,000 people make 28 MB) that would then be copied whole into a buffer.

/** Pieces are gathered into chunks of about this many characters before each write. */
const chunkChars = 1 << 20;

const json = JSON.stringify;

/** A value nested `depth` levels deep, pretty-printed as JSON.stringify(…, null, 2) prints it there. */
const nested = (value: unknown, depth: number): string => json(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

function pairText(pair: SuggestionSet['pairs'][number], language: TextLanguage): string {
  let reasons = '[]';
  if (pair.reasons.length > 0) {
    reasons = '[';
    for (let i = 0; i < pair.reasons.length; i++) {
      const r = pair.reasons[i];
      reasons += `${i > 0 ? ',' : ''}
        {
          "label": ${json(reasonText(r, language))},
          "points": ${json(r.points)},
          "code": ${json(r.code)}
        }`;
    }
    reasons += '\n      ]';
  }
  return `
    {
      "mentor": ${json(pair.mentorId)},
      "mentee": ${json(pair.menteeId)},
      "skill": ${json(pair.skill)},
      "kind": ${json(pair.kind)},
      "score": ${json(pair.score)},
      "reasons": ${reasons}
    }`;
}

function unmatchedEntry(u: SuggestionSet['unmatched'][number], language: TextLanguage): string {
  return `
    {
      "mentee": ${json(u.menteeId)},
      "skill": ${json(u.skill)},
      "reason": ${json(unmatchedText(u, language))},
      "code": ${json(u.code)}
    }`;
}

/** Writes `text` to `out`, waiting when the stream asks to (a pipe whose reader is slower than us). */
async function send(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/**
 * Writes the suggestions as `kupu match --json` prints them: mode, pairs (mentor, mentee, skill, kind,
 * score, reasons with their label in `language`), total, unmatched mentees with their reason, applied,
 * stats. Resolves once the last piece is handed to `out`.
 */
export async function writeMatchJson(out: Writable, set: SuggestionSet, language: TextLanguage, applied: number | null): Promise<void> {
  let chunk = `{\n  "mode": ${json(set.mode)},\n  "pairs": [`;
  const list = async <T>(items: T[], entry: (item: T) => string): Promise<void> => {
    for (let i = 0; i < items.length; i++) {
      chunk += `${i > 0 ? ',' : ''}${entry(items[i])}`;
      if (chunk.length >= chunkChars) {
        await send(out, chunk);
        chunk = '';
      }
    }
  };
  await list(set.pairs, (pair) => pairText(pair, language));
  chunk += `${set.pairs.length > 0 ? '\n  ' : ''}],\n  "total": ${json(set.total)},\n  "unmatched": [`;
  await list(set.unmatched, (u) => unmatchedEntry(u, language));
  chunk += `${set.unmatched.length > 0 ? '\n  ' : ''}],\n  "applied": ${json(applied)},\n  "stats": ${nested(set.stats, 1)}\n}\n`;
  await send(out, chunk);
}
