import type { Campaign, Span } from '../output/schema.js';
import { isAwardTitle, isDocumentTitle, mentionEnds } from './campaign/exclusions.js';
import { EXEMPLAR_REACH, isExemplar } from './campaign/exemplar.js';
import { colonLedByOtherKind, ledByOtherKind } from './campaign/lead.js';
import { listEndsBefore } from './campaign/list-end.js';
import { cleanName, isPlausibleName } from './campaign/name.js';
import { findQuotes, type Quoted } from './campaign/quotes.js';
import { quoteReach } from './campaign/reach.js';
import { cueScopeEnd } from './campaign/scope.js';
import { foldKey, runningSpelling, sentenceEnd } from './campaign/text.js';
import {
  type CampaignKind,
  CUE,
  cueKind,
  cueStands,
  type PhraseMatch,
  WORDS_ONLY,
  wholeWordsIn,
} from './campaign/vocabulary.js';
import type { Extractor } from './types.js';

// How far a cue (or the previous item of its list) may stand from the next quoted name it governs.
const MAX_GAP = 160;
// An example quote ("…; nổi bật là “…”") reaches further back, still within its cue's sentence.
const gapFor = (text: string, q: Quoted): number => (isExemplar(text, q.open) ? EXEMPLAR_REACH : MAX_GAP);

interface Cue {
  start: number;
  end: number;
  kind: CampaignKind;
}

/**
 * Whole-word matches of `re` in the stretches where they can bear on a quote. A cue further than
 * MAX_GAP before the next quote governs nothing, and the list it would end is already out of reach, so the
 * result is the one a scan of the whole text gives (most text lies far from any quote).
 */
function phrasesNearQuotes(re: RegExp, text: string, reach: Array<[number, number]>): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const [from, to] of reach) wholeWordsIn(re, text, from, to, out);
  return out;
}

/** Cue phrases outside quotes ("“Phong trào chuyển đổi số”" names a campaign, it does not introduce one). */
function findCues(text: string, quotes: Quoted[], reach: Array<[number, number]>): Cue[] {
  const cues: Cue[] = [];
  let qi = 0;
  for (const m of phrasesNearQuotes(CUE, text, reach)) {
    while (qi < quotes.length && quotes[qi]!.end <= m.start) qi++;
    const q = quotes[qi];
    if ((q && q.open <= m.start) || !cueStands(text, m)) continue;
    // "chủ đề đợt thi đua", "chủ đề phong trào": the first noun is the head, the next one qualifies it
    const prev = cues[cues.length - 1];
    if (prev && m.start - prev.end <= 3 && /^\s+$/.test(text.slice(prev.end, m.start))) {
      prev.end = m.end;
      continue;
    }
    cues.push({ start: m.start, end: m.end, kind: cueKind(m.text) });
  }
  return cues;
}

/**
 * The campaign cue governing each quote, if any: the nearest cue before it in the same list or sentence.
 * A quote led by another kind of thing (a contest, a model, a saying, an app) ends that list, and so does a
 * new clause after a ";".
 */
function governedQuotes(
  text: string,
  quotes: Quoted[],
  reach: Array<[number, number]>,
): Array<[Quoted, CampaignKind | null]> {
  const out: Array<[Quoted, CampaignKind | null]> = [];
  const cues = findCues(text, quotes, reach);
  let ci = 0;
  let kind: CampaignKind | null = null;
  let anchor = 0;
  let scopeEnd = -1;
  for (const q of quotes) {
    while (ci < cues.length && cues[ci]!.start < q.open) {
      const c = cues[ci++]!;
      kind = c.kind;
      anchor = c.end;
      scopeEnd = cueScopeEnd(text, c.end);
    }
    // a lead since the last item, then a colon: "… và lời dạy của Bác … ngày 10/8/1948: “…”"
    if (ledByOtherKind(text, q.open) || (kind !== null && colonLedByOtherKind(text, anchor, q.open))) {
      kind = null;
      out.push([q, null]);
      continue;
    }
    const governed =
      kind !== null &&
      q.open <= scopeEnd &&
      q.open - anchor <= gapFor(text, q) &&
      !listEndsBefore(text, anchor, q.open);
    out.push([q, governed ? kind : null]);
    if (governed) {
      // a list goes on after each item, even past a name wrapped over a line break
      anchor = q.end;
      scopeEnd = sentenceEnd(text, q.end);
    }
  }
  return out;
}

/** Quoted campaign names after a cue; other quotes of a name already found count as its mentions too. */
export const extractCampaigns: Extractor<Campaign> = (doc, ctx) => {
  const { text } = doc;
  const quotes = findQuotes(text);
  const references = mentionEnds(ctx.references);
  const byKey = new Map<string, Campaign>();
  const loose: Array<[Quoted, string]> = [];
  const mention = (q: Quoted): Span & { text: string } => ({
    text: text.slice(q.innerStart, q.innerEnd),
    start: q.innerStart,
    end: q.innerEnd,
  });

  const reach = WORDS_ONLY ? quoteReach(text, quotes, (q) => gapFor(text, q)) : [[0, text.length] as [number, number]];
  for (const [q, kind] of governedQuotes(text, quotes, reach)) {
    const name = cleanName(text.slice(q.innerStart, q.innerEnd));
    if (!isPlausibleName(name) || isDocumentTitle(text, q, references) || isAwardTitle(text, q, name)) continue;
    if (kind === null) {
      loose.push([q, name]);
      continue;
    }
    const key = foldKey(name);
    const known = byKey.get(key);
    if (known) {
      known.mentions.push(mention(q));
      known.name = runningSpelling(known.name, name);
    } else byKey.set(key, { name, kind, mentions: [mention(q)] });
  }
  for (const [q, name] of loose) byKey.get(foldKey(name))?.mentions.push(mention(q));

  const items = [...byKey.values()];
  for (const c of items) c.mentions.sort((a, b) => a.start - b.start);
  items.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { items, warnings: [] };
};
