import type { Message } from '../../output/schema.js';
import type { AnniversaryItem } from './chain.js';

// An anniversary more than a year away from the document's own year is more likely a misreading.
const PERIOD_SLACK = 1;

/** Disagreements between an anniversary's ordinal, its dates and the document's year. */
export function anniversaryWarnings(item: AnniversaryItem, documentYear: number | null | undefined): Message[] {
  const out: Message[] = [];
  const span = { start: item.start, end: item.end };
  const pair = item.pair;
  if (pair && !pair.inferred && pair.year - pair.originYear !== item.years) {
    out.push({
      code: 'anniversary-years-mismatch',
      message: `${item.years} năm ${item.event}: the dates span ${pair.year - pair.originYear} years`,
      span,
    });
  }
  if (pair && documentYear != null && Math.abs(pair.year - documentYear) > PERIOD_SLACK) {
    out.push({
      code: 'anniversary-outside-period',
      message: `${item.years} năm ${item.event} falls in ${pair.year}, the document is from ${documentYear}`,
      span,
    });
  }
  return out;
}
