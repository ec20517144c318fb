import type { Message } from '../../../output/schema.js';
import { type RunFonts, readRunFonts } from './fonts.js';
import type { ListNumberer } from './list-numbers.js';
import { symbolText } from './symbols.js';
import { type Attributes, walkWordXml } from './xml.js';

/**
 * Content never shown in the final view: deleted and moved-away runs, and the
 * "before" snapshots of tracked formatting changes (which hold stale numPr).
 * The elements themselves are still seen: a w:del in the paragraph mark's
 * properties means the paragraph runs on into the next one.
 */
const HIDDEN_CONTENT = new Set([
  'del',
  'moveFrom',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'tblGridChange',
  'numberingChange',
  'instrText',
  'delInstrText',
  'footnoteReference',
  'endnoteReference',
]);

/** A paragraph being read; blocks nested in it (text boxes) follow it, so its own line stays whole. */
interface Paragraph {
  kind: 'p';
  parts: string[];
  after: string[];
  numId?: string;
  ilvl?: number;
  style?: string;
  labelled: boolean;
  /** its paragraph mark is a tracked deletion */
  markDeleted: boolean;
  inPPr: boolean;
  inRun: boolean;
  inRunProps: boolean;
  hiddenRun: boolean;
  inText: boolean;
  /** w:rFonts and w:rStyle of the current run, read only when legacy fonts are tracked */
  runFonts?: RunFonts;
  runStyle?: string;
}

/** A table cell, text box or the body: a sequence of blocks. */
interface Container {
  kind: 'cell' | 'box' | 'body';
  parts: string[];
}

type Frame = Paragraph | Container;

const isOn = (v: string | undefined): boolean => v === undefined || !/^(0|false|off)$/.test(v);

/**
 * Names the legacy font (.VnTime, VNI-Times) that draws a run, or undefined. Given only when the
 * package names such a font at all: then the text of those runs comes out wrapped as
 * LEGACY_OPEN font LEGACY_FONT_END text LEGACY_CLOSE for the caller to convert (docx/legacy.ts).
 */
export type LegacyFontOf = (
  run: RunFonts | undefined,
  runStyle?: string,
  paragraphStyle?: string,
) => string | undefined;
// noncharacters: never interchanged, so never in a document's text
export const LEGACY_OPEN = '\uFDD0';
export const LEGACY_FONT_END = '\uFDD1';
export const LEGACY_CLOSE = '\uFDD2';
const RUN_CHARS = new Map(Object.entries({ br: '\n', cr: '\n', tab: '\t', ptab: '\t', noBreakHyphen: '-' }));

/**
 * Reads the text of word/document.xml in reading order: one line per paragraph,
 * table cells row by row, list labels rendered, revisions accepted.
 */
export function readBody(
  xml: Uint8Array,
  part: string,
  numberer: ListNumberer,
  warn: (m: Message) => void,
  legacyFontOf?: LegacyFontOf,
): string {
  const body: Container = { kind: 'body', parts: [] };
  const stack: Frame[] = [body];
  let top: Frame = body;
  // complex fields: true while between begin and separate (the instruction)
  const inInstruction: boolean[] = [];
  let warnedAltChunk = false;

  const push = (f: Frame) => {
    stack.push(f);
    top = f;
  };
  const pop = (): Frame => {
    const f = stack.pop()!;
    top = stack[stack.length - 1] ?? body;
    return f;
  };
  const emitBlock = (block: string) => {
    if (top.kind === 'p') top.after.push(block);
    else top.parts.push(block);
  };
  const label = (p: Paragraph) => {
    p.labelled = true;
    const text = numberer(p);
    if (text) p.parts.unshift(text);
  };

  const open = (name: string, a: Attributes) => {
    switch (name) {
      case 'p':
        push({
          kind: 'p',
          parts: [],
          after: [],
          labelled: false,
          markDeleted: false,
          inPPr: false,
          inRun: false,
          inRunProps: false,
          hiddenRun: false,
          inText: false,
        });
        return;
      case 'tc':
        push({ kind: 'cell', parts: [] });
        return;
      case 'txbxContent':
        push({ kind: 'box', parts: [] });
        return;
      case 'fldChar': {
        const type = a.get('fldCharType');
        if (type === 'begin') inInstruction.push(true);
        else if (type === 'separate') inInstruction[inInstruction.length - 1] = false;
        else if (type === 'end') inInstruction.pop();
        return;
      }
      case 'altChunk':
        if (!warnedAltChunk)
          warn({ code: 'docx-altchunk', message: 'embedded alternative-format content was not read' });
        warnedAltChunk = true;
        return;
    }
    if (top.kind !== 'p') return;
    const p = top;
    if (p.inPPr) {
      if (name === 'pStyle') p.style = a.get('val');
      else if (name === 'numId') p.numId = a.get('val');
      else if (name === 'ilvl') p.ilvl = Number.parseInt(a.get('val') ?? '0', 10) || 0;
      else if (name === 'del') p.markDeleted = true;
    } else if (name === 'pPr') p.inPPr = true;
    else if (name === 'r') {
      p.inRun = true;
      p.hiddenRun = false;
      if (legacyFontOf) p.runFonts = p.runStyle = undefined;
    } else if (!p.inRun) return;
    else if (name === 't') p.inText = !p.hiddenRun && inInstruction[inInstruction.length - 1] !== true;
    else if (name === 'rPr') p.inRunProps = true;
    else if (p.inRunProps) {
      if (name === 'vanish') p.hiddenRun = isOn(a.get('val'));
      else if (legacyFontOf && name === 'rFonts') p.runFonts = readRunFonts(a);
      else if (legacyFontOf && name === 'rStyle') p.runStyle = a.get('val');
    } else if (p.hiddenRun) return;
    else if (RUN_CHARS.has(name)) p.parts.push(RUN_CHARS.get(name)!);
    else if (name === 'sym') p.parts.push(symbolText(a.get('font'), a.get('char')));
  };

  const close = (name: string) => {
    if (top.kind === 'p') {
      const p = top;
      if (name === 't') p.inText = false;
      else if (name === 'rPr') p.inRunProps = false;
      else if (name === 'r') p.inRun = false;
      else if (name === 'pPr') {
        p.inPPr = false;
        label(p);
      } else if (name === 'p') {
        if (!p.labelled) label(p);
        pop();
        const own = p.parts.join('');
        // a deleted paragraph mark joins this paragraph to the next (and drops it if all else was deleted)
        emitBlock(p.markDeleted && p.after.length === 0 ? own : `${own}\n${p.after.join('')}`);
      }
      return;
    }
    if ((name === 'tc' && top.kind === 'cell') || (name === 'txbxContent' && top.kind === 'box')) {
      const text = pop().parts.join('');
      if (/\S/.test(text)) emitBlock(text);
    }
  };

  const text = (t: string) => {
    if (top.kind !== 'p' || !top.inText) return;
    const font = legacyFontOf?.(top.runFonts, top.runStyle, top.style);
    top.parts.push(font ? LEGACY_OPEN + font + LEGACY_FONT_END + t + LEGACY_CLOSE : t);
  };

  walkWordXml(xml, part, { open, close, text }, HIDDEN_CONTENT);
  return body.parts.join('');
}
