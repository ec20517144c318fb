/**
 * "…, nổi bật là “A”", "tiêu biểu như “B”": a quote held up as an example of what the sentence is about. Its
 * sentence may name the campaigns far earlier ("Các phong trào thi đua … đã có sức lan tỏa rộng, …; nổi bật là
 * “…”"), so such a quote is governed by a cue of its own sentence further back than the usual reach.
 */

// The example phrase, then only spacing, markup or a colon up to the quote mark.
const EXEMPLAR =
  /(?:^|[^\p{L}\p{N}])(?:nổi\s+bật\s+là|tiêu\s+biểu\s+là|tiêu\s+biểu\s+như|điển\s+hình\s+là|như)[\s*_:]*$/iu;
// Longest phrase plus room for markup.
const LOOK_BACK = 32;

/** How far back an example quote's cue may stand (same sentence still required). */
export const EXEMPLAR_REACH = 300;

/** True when the quote opening at `open` is introduced as an example. */
export const isExemplar = (text: string, open: number): boolean =>
  EXEMPLAR.test(text.slice(Math.max(0, open - LOOK_BACK), open));
