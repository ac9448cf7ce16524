import type { Writable } from 'node:stream';
import type { SuggestionSet } from '../../shared/contract';
import { reasonText, unmatchedText, type TextLanguage } from '../core/matching';

// `kupu match --json`'s document, written in pieces as it is made: the same bytes as
// JSON.stringify(document, null, 2), without building the document's objects or one string of tens of
// megabytes (50,000 people make 28 MB). Each entry's text goes straight into a 1 MB buffer, which is
// written when full: a long string gathered from many pieces costs more to flatten and encode than
// its pieces cost to make (3x, at 50,000 pairs).

/** Entries are gathered into buffers of this many bytes, one write each. */
const chunkBytes = 1 << 20;

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

/** Text into buffers of chunkBytes, each written to `out` when full; waits when `out` asks to. */
function chunkedWriter(out: Writable) {
  let buffer = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  const send = async (bytes: Buffer): Promise<void> => {
    // A reader that stopped early (`kupu match --json | head`) closed the stream: nothing more to say.
    if (out.destroyed || out.write(bytes)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done);
      out.on('close', done);
    });
  };
  const flush = async (): Promise<void> => {
    if (used === 0) return;
    // The stream may hold on to the buffer until it is written: the next text goes into a new one.
    const full = buffer.subarray(0, used);
    buffer = Buffer.allocUnsafe(chunkBytes);
    used = 0;
    await send(full);
  };
  return {
    flush,
    async put(text: string): Promise<void> {
      // A UTF-16 code unit takes at most 3 bytes in UTF-8.
      if (used + text.length * 3 > chunkBytes) await flush();
      if (text.length * 3 > chunkBytes) await send(Buffer.from(text));
      else used += buffer.write(text, used);
    },
  };
}

/**
 * Writes the suggestions as `kupu match --json` prints them: mode, pairs (mentor, mentee, skill, kind,
 * score, reasons with their label in `language`), total, unmatched mentees with their reason, applied,
 * stats. Resolves once the last piece is handed to `out`.
 */
export async function writeMatchJson(out: Writable, set: SuggestionSet, language: TextLanguage, applied: number | null): Promise<void> {
  const writer = chunkedWriter(out);
  const list = async <T>(items: T[], entry: (item: T) => string): Promise<void> => {
    for (let i = 0; i < items.length; i++) await writer.put(i > 0 ? `,${entry(items[i])}` : entry(items[i]));
  };
  await writer.put(`{\n  "mode": ${json(set.mode)},\n  "pairs": [`);
  await list(set.pairs, (pair) => pairText(pair, language));
  await writer.put(`${set.pairs.length > 0 ? '\n  ' : ''}],\n  "total": ${json(set.total)},\n  "unmatched": [`);
  await list(set.unmatched, (u) => unmatchedEntry(u, language));
  await writer.put(`${set.unmatched.length > 0 ? '\n  ' : ''}],\n  "applied": ${json(applied)},\n  "stats": ${nested(set.stats, 1)}\n}\n`);
  await writer.flush();
}
