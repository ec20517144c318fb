/** A campaign's name as written inside its quotes: markup and quotes nested in it dropped, white space collapsed. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[*_“”"]+/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:…“”"-]+|[\s,.;:…“”"]+$/g, '');
}

/** A name needs words: at least two letters, and not only a number or a date. */
export const isPlausibleName = (name: string): boolean => /\p{L}\P{L}*\p{L}/u.test(name);
