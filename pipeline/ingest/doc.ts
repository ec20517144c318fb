import type { Message } from '../../output/schema.js';
import type { Ingested } from '../document.js';
import { readDefaultFont, readFontNames } from './doc/fonts.js';
import { convertLegacy } from './doc/legacy.js';
import { readLists } from './doc/lists.js';
import { readParagraphs } from './doc/paragraphs.js';
import { readCharacterRuns } from './doc/runs.js';
import { boxText, readStory, type Segment, type StoryFormatting } from './doc/story.js';
import { inherited, readStyles } from './doc/styles.js';
import { readTextBoxes, type TextBox } from './doc/textboxes.js';
import { openWordBinary } from './doc/word-binary.js';
import { createListNumberer } from './docx/list-numbers.js';
import { parseStyles } from './docx/styles.js';

/**
 * Plain text of a Word 97–2003 .doc body in the shape readDocx gives a .docx (one line per paragraph and
 * per table cell, list labels rendered, text boxes after the paragraph anchoring them), legacy TCVN3/VNI
 * runs converted to Unicode. Headers, footers, footnotes and comments are not read, as in .docx.
 */
export async function readDoc(bytes: Uint8Array): Promise<Ingested> {
  const bin = await openWordBinary(bytes);
  const warnings: Message[] = [];
  const warn = (m: Message) => warnings.push({ ...m, code: m.code.replace(/^docx-/, 'doc-') });
  const fonts = readFontNames(bin);
  const styles = readStyles(bin);
  const defaultFont = readDefaultFont(bin);
  const paragraphs = readParagraphs(bin);
  const fontName = (i: number | undefined) => (i === undefined ? undefined : fonts[i]);
  const format: StoryFormatting = {
    paragraphs,
    runs: readCharacterRuns(bin),
    fontName,
    fontOf: (run, para) => fontName(run?.font ?? (para && inherited(styles, para.istd, 'font')) ?? defaultFont),
    listOf: (para) => {
      const ilfo = para.ilfo ?? inherited(styles, para.istd, 'ilfo') ?? 0;
      return ilfo > 0 ? { ilfo, ilvl: para.ilvl ?? inherited(styles, para.istd, 'ilvl') ?? 0 } : undefined;
    },
    numberer: createListNumberer(readLists(bin), parseStyles(undefined, ''), warn),
  };
  const chars = bin.pieces.map((p) => p.text).join('');
  const { ccp } = bin.fib;
  // Text boxes have a story of their own, after the notes, headers, comments and endnotes.
  const boxes = ccp.txbx > 0 ? readTextBoxes(bin, ccp.text + ccp.ftn + ccp.hdd + ccp.atn + ccp.edn) : [];
  const inText = (box: TextBox) => box.anchor >= 0 && box.anchor < ccp.text && box.to <= chars.length;
  format.boxes = boxes.filter(inText).sort((a, b) => a.anchor - b.anchor);
  const segments: Segment[] = readStory(chars, 0, Math.min(ccp.text, chars.length), format);
  // a box whose anchor is not found still has text: after the body
  for (const box of boxes) if (!inText(box) && box.to <= chars.length) segments.push(...boxText(chars, box, format));
  const { text, encodings } = convertLegacy(segments, warn);
  return encodings.length ? { text, warnings, encodings } : { text, warnings };
}
