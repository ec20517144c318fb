import * as chrono from 'chrono-node';

/** A calendar day chrono read; `year` is null when chrono only implied it. */
export interface ChronoDay {
  day: number;
  month: number;
  year: number | null;
}

// Only the parsers for written calendar days: the casual ones read "thứ hai" (the second) as Monday
// and "trước ngày" as yesterday. The validity filter drops 31/02 and 0/5.
const PARSERS = new Set(['ISOFormatParser', 'SlashDateFormatParser', 'VIStandardParser']);
const REFINERS = new Set(['OverlapRemovalRefiner', 'UnlikelyFormatFilter']);

function dayParser(): chrono.Chrono {
  const config = chrono.vi.createConfiguration(true);
  // includeCommonConfiguration adds a second ISOFormatParser: keep one of each.
  const named = new Map(config.parsers.map((p) => [p.constructor.name, p]));
  const parsers = [...PARSERS].flatMap((name) => named.get(name) ?? []);
  const refiners = config.refiners.filter((r) => REFINERS.has(r.constructor.name));
  // Class names lost (minified build): the whole strict locale still reads the same days.
  if (parsers.length !== PARSERS.size || refiners.length === 0) return chrono.vi.strict;
  return new chrono.vi.Chrono({ parsers, refiners });
}

const parser = dayParser();
// A leap year, so a year-less 29/02 stays a valid day for chrono.
const REF = new Date(2000, 5, 15);

/**
 * Reads `candidate` as one calendar day; null unless chrono reads the whole string as a real day.
 * Components chrono only implied are never reported as written.
 */
export function readDay(candidate: string): ChronoDay | null {
  const [r] = parser.parse(candidate, REF);
  if (r?.index !== 0 || r.text.length !== candidate.length || r.end) return null;
  const c = r.start;
  if (!c.isCertain('day') || !c.isCertain('month')) return null;
  const day = c.get('day');
  const month = c.get('month');
  if (day === null || month === null) return null;
  return { day, month, year: c.isCertain('year') ? c.get('year') : null };
}
