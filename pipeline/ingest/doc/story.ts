import type { ListNumberer } from '../docx/list-numbers.js';
import { symbolText } from '../docx/symbols.js';
import type { ParagraphProps } from './paragraphs.js';
import type { CharacterRun } from './runs.js';
import type { TextBox } from './textboxes.js';

/** A stretch of read text and the font it is set in (undefined for line breaks and list labels). */
export interface Segment {
  text: string;
  font?: string;
}

export interface StoryFormatting {
  paragraphs: ParagraphProps[];
  runs: CharacterRun[];
  /** the font name of a run (its own font, else its paragraph style's, else the document's) */
  fontOf: (run: CharacterRun | undefined, paragraph: ParagraphProps | undefined) => string | undefined;
  fontName: (index: number) => string | undefined;
  /** the list a paragraph is in, by its own properties or its style's */
  listOf: (paragraph: ParagraphProps) => { ilfo: number; ilvl: number } | undefined;
  numberer: ListNumberer;
  /** text boxes anchored in this story, by anchor position: each is read after its anchor's paragraph */
  boxes?: TextBox[];
}

const NON_BREAKING_HYPHEN = '\x1e';

/** Kept as a marker for the legacy step: in a TCVN3 run it is the letter ư (see legacy.ts). */
export const OPTIONAL_HYPHEN = '\x1f';

// Word's control characters ([MS-DOC] 2.8.25): what each becomes in the read text.
const LINE_BREAK = new Set(['\x0b', '\x0c', '\x0e']); // soft line break, page or section break, column break
// Any other control character is dropped: pictures (1, 8), note and comment anchors (2, 5), separators,
// and text word-extractor blanked to \0 as a tracked deletion.
const isDropped = (ch: string) => ch < ' ' && ch !== '\t' && ch !== OPTIONAL_HYPHEN;

/**
 * The text of the story [from, to) in the shape the .docx reader gives: one line per paragraph, each
 * non-blank table cell's paragraphs as lines of their own, row ends dropped, list labels rendered,
 * field instructions dropped and field results kept.
 */
export function readStory(chars: string, from: number, to: number, f: StoryFormatting): Segment[] {
  const out: Segment[] = [];
  let cell: Segment[] | undefined;
  const fields: ('code' | 'result')[] = [];
  let inCode = false;
  let p = 0;
  let r = 0;
  let b = 0;
  let atParagraphStart = true;
  const boxes = f.boxes ?? [];
  const anchored: TextBox[] = [];
  // ordinary characters are emitted a slice at a time: from `pending` up to the next one that is not
  let pending = -1;
  let font: string | undefined;
  let run: CharacterRun | undefined;
  let para: ParagraphProps | undefined;

  const emit = (text: string, font?: string) => {
    const target = cell ?? out;
    const last = target[target.length - 1];
    if (last && last.font === font) last.text += text;
    else target.push({ text, font });
  };
  const flush = (end: number) => {
    if (pending >= 0) emit(chars.slice(pending, end), font);
    pending = -1;
  };
  const endCell = () => {
    const done = cell ?? [];
    cell = undefined;
    if (done.some((s) => /\S/.test(s.text.replaceAll(OPTIONAL_HYPHEN, '')))) {
      for (const s of done) emit(s.text, s.font);
    }
  };
  const startParagraph = () => {
    atParagraphStart = false;
    if (para?.inTable && !cell) cell = [];
    const list = para && f.listOf(para);
    const label = list && f.numberer({ numId: String(list.ilfo), ilvl: list.ilvl });
    if (label) emit(label);
  };
  const endParagraph = (endsCell: boolean) => {
    emit('\n');
    atParagraphStart = true;
    // as in .docx, a text box's lines follow the paragraph that anchors it
    for (const box of anchored.splice(0)) {
      for (const s of boxText(chars, box, f)) emit(s.text, s.font);
    }
    if (endsCell && cell) endCell();
  };

  for (let cp = from; cp < to; cp++) {
    while (p < f.paragraphs.length && f.paragraphs[p]!.cpEnd <= cp) p++;
    while (r < f.runs.length && f.runs[r]!.cpEnd <= cp) r++;
    for (; b < boxes.length && boxes[b]!.anchor <= cp; b++) if (boxes[b]!.anchor === cp) anchored.push(boxes[b]!);
    const nextPara = startedBy(f.paragraphs[p], cp);
    const nextRun = startedBy(f.runs[r], cp);
    if (nextPara !== para || nextRun !== run) {
      flush(cp);
      para = nextPara;
      run = nextRun;
      font = f.fontOf(run, para);
    }
    const ch = chars[cp]!;
    if (ch >= ' ' && !atParagraphStart && !inCode && !run?.hidden && !run?.symbol && !isPrivateUse(ch)) {
      if (pending < 0) pending = cp;
      continue;
    }
    flush(cp);
    if (para?.rowEnd || ch === '\n') {
      // the row's end mark (word-extractor turns it into \n): its cells are already out
      if (cell) endCell();
      atParagraphStart = true;
      continue;
    }
    if (atParagraphStart) startParagraph();
    if (ch === '\x13' || ch === '\x14' || ch === '\x15') {
      if (ch === '\x13') fields.push('code');
      else if (ch === '\x14') fields[fields.length - 1] = 'result';
      else fields.pop();
      inCode = fields.includes('code');
    } else if (ch === '\r' || ch === '\x07' || (ch === '\x0c' && cp === (para?.cpEnd ?? 0) - 1)) {
      // a paragraph's end; \x07 also ends its table cell, and a section break stands in for the mark
      // of its section's last paragraph
      endParagraph(ch === '\x07');
    } else if (inCode || run?.hidden) {
      // field instructions and hidden text are not text
    } else if (LINE_BREAK.has(ch)) emit('\n');
    else if (ch === NON_BREAKING_HYPHEN) emit('-');
    else if (run?.symbol) emit(symbolText(f.fontName(run.symbol.font), run.symbol.char.toString(16)));
    // a symbol font's character stored in the private-use area (F000 + its code)
    else if (isPrivateUse(ch)) emit(symbolText(font, ch.charCodeAt(0).toString(16)));
    else if (!isDropped(ch)) emit(ch, font);
  }
  flush(to);
  if (cell) endCell();
  return out;
}

/** A text box's segments; Word ends each box with an extra paragraph mark, and a blank box is no text. */
export function boxText(chars: string, box: TextBox, f: StoryFormatting): Segment[] {
  const segments = readStory(chars, box.from, box.to, { ...f, boxes: [] });
  const last = segments[segments.length - 1];
  if (last && last.font === undefined) last.text = last.text.replace(/\n+$/, '\n');
  return segments.some((s) => /\S/.test(s.text)) ? segments : [];
}

const isPrivateUse = (ch: string) => ch >= '\uf000' && ch <= '\uf0ff';

const startedBy = <T extends { cpStart: number }>(x: T | undefined, cp: number): T | undefined =>
  x && x.cpStart <= cp ? x : undefined;
