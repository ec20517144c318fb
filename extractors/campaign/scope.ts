import { sentenceEnd } from './text.js';

/**
 * How far a cue's sentence reaches. Two layouts carry a cue past where its sentence seems to end:
 * - a cue closing a line, its quoted name opening the next ("… và phong trào thi đua⏎“Thanh Hóa …”"): a
 *   line that stops on a noun awaiting its name is wrapped, not ended;
 * - a list introduced one sentence later ("… các phong trào thi đua do Bộ phát động. Trong đó, tập trung
 *   vào:⏎- “A”;⏎- “B”"): "Trong đó", "Cụ thể", "Gồm", "… như sau" and a ":" announce the parts of what the
 *   previous sentence named, so a list of quotes after them goes on with that sentence's cue.
 */

// Only spacing and markup between the cue and the line break; one break, then (markup and) a quote mark.
const WRAPPED_BEFORE_NAME = /^[ *_]*\n[ *_]*[“"]/;
// The sentence after the cue's: a connective announcing parts, a short clause, ":" and a "- “…”" list.
const PARTS_INTRO =
  /^[\s*_]*(?:(?:trong\s+đó|cụ\s+thể|bao\s+gồm|gồm|đó\s+là)(?![\p{L}])[^.;:“”"\n]{0,80}|[^.;:“”"\n]{0,80}(?<![\p{L}])như\s+sau[\s*_]*):[\s*_]*\n[\s*_]*(?:[-+•]\s*)?[*_]*[“"]/iu;
const INTRO_LOOKAHEAD = 200;

/** Offset where the sentence governed by a cue ending at `cueEnd` stops. */
export function cueScopeEnd(text: string, cueEnd: number): number {
  let end = sentenceEnd(text, cueEnd);
  if (text.charCodeAt(end) === 10 && WRAPPED_BEFORE_NAME.test(text.slice(cueEnd, end + 8)))
    end = sentenceEnd(text, end + 1);
  if (end >= text.length) return end;
  const next = text.slice(end + 1, end + 1 + INTRO_LOOKAHEAD);
  const intro = PARTS_INTRO.exec(next);
  if (!intro) return end;
  const colon = end + 1 + next.lastIndexOf(':', intro[0].length - 1);
  return sentenceEnd(text, colon);
}
