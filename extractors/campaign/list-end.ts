/**
 * Where a cue's list stops short of the sentence end. Items of a list are separated by ", ", ";" or "và",
 * each item a quote (or another cue): "phong trào “A”; “B” và “C”". After a ";" the writer may also start a
 * new clause with its own verb and object ("…; hướng dẫn đoàn viên cài đặt ứng dụng “B”"); a quote at the end
 * of that clause belongs to the clause, not to the list.
 */

// What may stand between a ";" and the next item of the same list: spacing, markup, a list marker
// ("- ", "+ ", "a) ", "2. ") and a connective ("và", "đặc biệt là" …).
const STILL_IN_LIST =
  /^[\s*_]*(?:(?:[-+•]|[a-zđ]\)|\d{1,2}[.)])\s+)?(?:(?:và|hoặc|cùng|cũng như|đặc biệt là|nhất là|trong đó có|nổi bật là|tiêu biểu là|tiêu biểu như|điển hình là|như)\s+)?[\s*_:]*$/iu;

/** True when a ";" in [from, to) is followed by a new clause before `to` (the next quote's opening mark). */
export function listEndsBefore(text: string, from: number, to: number): boolean {
  // (a bounded look back: lastIndexOf would run on to the text's start when there is no ";")
  let semicolon = to - 1;
  while (semicolon >= from && text.charCodeAt(semicolon) !== 59) semicolon--;
  if (semicolon < from) return false;
  return !STILL_IN_LIST.test(text.slice(semicolon + 1, to));
}
