import type { DateMention, Message } from '../output/schema.js';
import { type Atom, impliedDay, writtenValue } from './date/atom.js';
import { findDays } from './date/day.js';
import { markDeadlines } from './date/deadline.js';
import { readElisions } from './date/ellipsis.js';
import { resolveOverlaps } from './date/overlap.js';
import { findPartials } from './date/partial.js';
import { findPeriods } from './date/period.js';
import { joinRanges } from './date/range.js';
import { roleOf, roleSpans } from './date/role.js';
import type { Extractor } from './types.js';

/** The year a year-less day belongs to: the document's own. */
function documentYear(ctx: Parameters<Extractor<DateMention>>[1]): number | null {
  const h = ctx.header;
  if (h?.year) return h.year;
  return h?.issuedOn ? Number(h.issuedOn.slice(0, 4)) : null;
}

function invalidWarning(text: string, a: Atom): Message {
  const written = text.slice(a.start, a.end);
  return { code: 'invalid-date', message: `"${written}" is not a calendar date`, span: { start: a.start, end: a.end } };
}

/**
 * Every date the text writes: days, months, years, periods and deadlines, each once,
 * with the role it plays (issuance, a cited document's date, an anniversary, a signature stamp).
 */
export const extractDates: Extractor<DateMention> = (doc, ctx) => {
  const { text } = doc;
  const atoms = resolveOverlaps([...findDays(text), ...findPartials(text), ...findPeriods(text)]);
  const warnings = atoms.filter((a) => a.invalid).map((a) => invalidWarning(text, a));
  const valid = readElisions(
    text,
    atoms.filter((a) => !a.invalid),
  );
  const { periods: ranges, endpoints } = joinRanges(text, valid);
  markDeadlines(text, valid, endpoints);

  const spans = roleSpans(text, ctx.header, ctx.references, ctx.anniversaries);
  const docYear = documentYear(ctx);
  const items = [...valid, ...ranges]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((a): DateMention => {
      const yearImplied = a.year === null;
      const m = { start: a.start, end: a.end };
      return {
        text: text.slice(a.start, a.end),
        ...m,
        value: writtenValue(a),
        precision: a.precision,
        kind: a.kind,
        until: a.until,
        yearImplied,
        impliedValue: yearImplied ? impliedDay(a.impliedYear ?? docYear, a.month ?? 0, a.day ?? 0) : null,
        role: roleOf(text, m, spans),
      };
    });
  return { items, warnings };
};
