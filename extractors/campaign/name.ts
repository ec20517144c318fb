// Anything cleanName would change; a name quoted on one line without markup has none of it.
const UNCLEAN = /[*_“”"]|[^\S ]| {2}/;
const UNCLEAN_FIRST = /[ ,.;:…-]/;
const UNCLEAN_LAST = /[ ,.;:…]/;

/** A campaign's name as written inside its quotes: markup and quotes nested in it dropped, white space collapsed. */
export function cleanName(raw: string): string {
  if (!UNCLEAN.test(raw) && !UNCLEAN_FIRST.test(raw[0] ?? '') && !UNCLEAN_LAST.test(raw[raw.length - 1] ?? ''))
    return raw;
  return raw
    .replace(/[*_“”"]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:…“”"-]+|[\s,.;:…“”"]+$/g, '');
}

/** A name needs words: at least two letters, and not only a number or a date. */
export const isPlausibleName = (name: string): boolean => /\p{L}\P{L}*\p{L}/u.test(name);
