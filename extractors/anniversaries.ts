import type { Anniversary, Message } from '../output/schema.js';
import { readChain } from './anniversary/chain.js';
import { dedupeAnniversaries } from './anniversary/dedupe.js';
import { findOpeners } from './anniversary/opener.js';
import { anniversaryWarnings } from './anniversary/warnings.js';
import type { Extractor } from './types.js';

/**
 * "kỷ niệm N năm <event> (dd/mm/yyyy - dd/mm/yyyy)" and the lists one "kỷ niệm" opens
 * ("…; 48 năm Ngày …; 69 năm Ngày …"), including events that share one ordinal.
 */
export const extractAnniversaries: Extractor<Anniversary> = (doc, ctx) => {
  const { text } = doc;
  const items: Anniversary[] = [];
  const warnings: Message[] = [];
  const year = ctx.header?.year;
  let resume = 0;
  for (const opener of findOpeners(text)) {
    // one scan per sentence: later openers of the same sentence were read as list items
    if (opener < resume) continue;
    const chain = readChain(text, opener, year);
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
