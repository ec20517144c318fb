import type { Anniversary, Message } from '../output/schema.js';
import { readChain } from './anniversary/chain.js';
import { dedupeAnniversaries } from './anniversary/dedupe.js';
import { findGreetings } from './anniversary/greeting.js';
import { findOpeners } from './anniversary/opener.js';
import { anniversaryWarnings } from './anniversary/warnings.js';
import type { Extractor } from './types.js';

interface Opener {
  at: number;
  place: 'opening' | 'greeting';
}

/** "kỷ niệm" openers and greetings ("chào mừng N năm …"), in reading order. */
function openersOf(text: string): Opener[] {
  const keyword = findOpeners(text);
  const greetings = findGreetings(text);
  const out: Opener[] = [];
  let g = 0;
  for (const at of keyword) {
    while (g < greetings.length && greetings[g]! < at) out.push({ at: greetings[g++]!, place: 'greeting' });
    out.push({ at, place: 'opening' });
  }
  while (g < greetings.length) out.push({ at: greetings[g++]!, place: 'greeting' });
  return out;
}

/**
 * "kỷ niệm N năm <event> (dd/mm/yyyy - dd/mm/yyyy)" and the lists one "kỷ niệm" opens
 * ("…; 48 năm Ngày …; 69 năm Ngày …"), including events that share one ordinal; also the anniversaries a
 * greeting names ("chào mừng 95 năm Ngày thành lập Đảng, 96 năm Ngày thành lập Công đoàn …").
 */
export const extractAnniversaries: Extractor<Anniversary> = (doc, ctx) => {
  const { text } = doc;
  const items: Anniversary[] = [];
  const warnings: Message[] = [];
  const year = ctx.header?.year;
  let resume = 0;
  for (const opener of openersOf(text)) {
    // one scan per sentence: later openers of the same sentence were read as list items
    if (opener.at < resume) continue;
    const chain = readChain(text, opener.at, year, opener.place);
    resume = chain.end;
    for (const it of chain.items) {
      items.push({
        years: it.years,
        event: it.event,
        originDate: it.pair?.originDate ?? null,
        date: it.pair?.date ?? null,
        mention: { text: text.slice(it.start, it.end), start: it.start, end: it.end },
      });
      warnings.push(...anniversaryWarnings(it, year));
    }
  }
  return { items: dedupeAnniversaries(items), warnings };
};
