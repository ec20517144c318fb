import type { ParsedSymbol } from './symbol.js';
import { abbreviationsOfWord, fold, typeOfAbbreviation, typeOfWord } from './vocabulary.js';

const initials = (phrase: string): string =>
  phrase
    .split(/\s+/)
    .map((w) => fold(w.charAt(0)))
    .join('');

/**
 * The type of a citation whose type word is qualified before "số" ("Kế hoạch phối hợp số 05/KHPH-…",
 * "Quyết định khen thưởng số 12/QĐ-UBND"), or undefined when the ký hiệu does not bear the type out
 * ("Thông báo mã số 12/ABC"). A ký hiệu abbreviates a compound type by its initials (KHLT, CTPH), or
 * by the type's own code and the qualifier's initials (CTrPH): then the compound as written is the type.
 * The type's own code alone makes the qualifier a description: the type is the plain one.
 */
export function qualifiedType(typeWord: string, qualifier: string, sym: ParsedSymbol): string | undefined {
  const base = typeOfWord(typeWord);
  if (!base) return undefined;
  const first = fold(sym.codes[0]!);
  const rest = initials(qualifier);
  const compound = [initials(typeWord), ...abbreviationsOfWord(typeWord).map(fold)].some((a) => first === a + rest);
  if (compound) return `${base.name} ${qualifier}`;
  return sym.codes.some((c) => typeOfAbbreviation(c) === base.name) ? base.name : undefined;
}
