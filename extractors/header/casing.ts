import { capitalize, key, lowerWord, titleWord, words } from './text.js';
import { BODIES, TITLES, UNITS } from './vocab.js';

// Consonant-only tokens (THPT, THCS) and Roman numerals are abbreviations: keep them as written.
// `k` is the word's key: for an all-uppercase word, its letters decomposed (NFD), so vowels show.
const isAbbreviation = (w: string, k: string): boolean => (!VOWEL.test(k) || ROMAN.test(w)) && CAPS.test(w);
const VOWEL = /[AEIOUY]/;
const ROMAN = /^[IVXLC]+$/;
const CAPS = /^[\p{Lu}&]{2,}$/u;
const CONNECTORS = new Set(['VÀ', '-', ',', '&']);
// A word whose key is not one of these is no connector, whatever its case.
const CONNECTOR_KEYS = new Set([...CONNECTORS].map(key));

/**
 * An uppercase body name in the form written in running text: body and unit words from the
 * vocabulary ("Ủy ban nhân dân", "huyện"), a place name after them in Title Case ("Bình Sơn"),
 * a field of work with only its first word (and the first after "và"/"-") capitalized ("Nội vụ").
 * `sentenceStart` false: the name continues a phrase, so a leading unit word stays lower case.
 */
export function caseName(upper: string, sentenceStart = true): string {
  const ws = words(upper);
  const ks = ws.map(key);
  const out: string[] = [];
  let mode: 'place' | 'field' = 'field';
  let capNext = true;
  for (let i = 0; i < ws.length; ) {
    const w = ws[i]!;
    // Inside a name, one-word bodies are ordinary words ("NỘI VỤ", "BAN NGÀNH"); only phrases and abbreviations count.
    const hit = BODIES.at(ks, i);
    const body = hit && (i === 0 || hit.size > 1 || key(hit.entry.upper) !== ks[i]) ? hit : null;
    const unit = UNITS.at(ks, i);
    if (body && (!unit || body.size >= unit.size)) {
      out.push(body.entry.name);
      mode = body.entry.object;
      capNext = true;
      i += body.size;
      continue;
    }
    if (unit) {
      out.push(unit.entry.name);
      mode = 'place';
      i += unit.size;
      continue;
    }
    if (CONNECTOR_KEYS.has(ks[i]!) && CONNECTORS.has(w.toUpperCase())) {
      out.push(lowerWord(w));
      capNext = true;
    } else if (isAbbreviation(w, ks[i]!)) {
      out.push(w);
      mode = 'place'; // "TRƯỜNG THPT LÊ LỢI": a proper name follows the school-level abbreviation
    } else if (mode === 'place' || capNext) {
      out.push(titleWord(w));
      capNext = false;
    } else {
      out.push(lowerWord(w));
    }
    i++;
  }
  const joined = out.join(' ');
  const name = joined.includes(' , ') ? joined.replace(/ , /g, ', ') : joined;
  return sentenceStart ? capitalize(name) : name;
}

/** A signer title: its vocabulary form, then any body it names ("GIÁM ĐỐC SỞ NỘI VỤ" → "Giám đốc Sở Nội vụ"). */
export function caseTitle(upper: string): string {
  const ws = words(upper);
  const t = TITLES.lead(ws);
  if (!t) return caseName(upper);
  const rest = ws.slice(t.size).join(' ');
  // Mid-phrase a unit word stays lower case ("Phó Trưởng Công an huyện").
  return rest ? `${t.entry.name} ${caseName(rest, false)}` : t.entry.name;
}

/** A title (TL. CHỦ TỊCH) or a body (TM. ỦY BAN NHÂN DÂN) named after an authority prefix. */
export const caseTitleOrBody = (upper: string): string => (TITLES.leadOf(upper) ? caseTitle(upper) : caseName(upper));
