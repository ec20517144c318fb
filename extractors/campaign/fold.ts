/** Match keys for names: the same name written two ways must fold to one key. Runs once per quoted name. */
import { nameKey } from '../chars.js';

// Anything the clean-up below would change; most names have none of it.
const UNTIDY = /[*_“”"]| -|- /;
const UNTIDY_EDGE = /[,.;:…]/;
const untidy = (s: string): boolean =>
  UNTIDY.test(s) || UNTIDY_EDGE.test(s[0] ?? '') || UNTIDY_EDGE.test(s[s.length - 1] ?? '');

/**
 * Match key: the shared name key (case, tone style, NFC, spaces: chars.ts nameKey), with markup and outer
 * punctuation dropped and hyphens closed up.
 */
export function foldKey(s: string): string {
  const folded = nameKey(s);
  if (!untidy(folded)) return folded;
  return nameKey(
    folded
      .replace(/[*_“”"]/g, '')
      .replace(/\s*-\s*/g, '-')
      .replace(/^[\s,.;:…]+|[\s,.;:…]+$/g, ''),
  );
}
