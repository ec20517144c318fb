import { FC } from './fib.js';
import { u32 } from './sprm.js';
import type { WordBinary } from './word-binary.js';

/** A text box: its text (a range of the text-box story) and where the main text anchors it. */
export interface TextBox {
  anchor: number;
  from: number;
  to: number;
}

const FSPA_SIZE = 26;
const FTXBXS_SIZE = 22;

/**
 * The main document's text boxes ([MS-DOC] 2.9.320 PlcftxbxTxt, 2.9.248 PlcSpaMom): each box's range in
 * the text-box story is tied by its shape id to the shape anchored in the main text. Boxes whose shape is
 * not found get anchor -1 (the caller puts them after the text).
 */
export function readTextBoxes(bin: WordBinary, storyStart: number): TextBox[] {
  const t = bin.table;
  const boxes = bin.fib.fcLcb(FC.plcftxbxTxt);
  const shapes = bin.fib.fcLcb(FC.plcSpaMom);
  if (boxes.lcb < 4 || boxes.fc + boxes.lcb > t.length) return [];
  const anchors = new Map<number, number>();
  if (shapes.lcb >= 4 && shapes.fc + shapes.lcb <= t.length) {
    const n = (shapes.lcb - 4) / (4 + FSPA_SIZE);
    for (let i = 0; i < n; i++) anchors.set(u32(t, shapes.fc + 4 * (n + 1) + FSPA_SIZE * i), u32(t, shapes.fc + 4 * i));
  }
  const n = (boxes.lcb - 4) / (4 + FTXBXS_SIZE);
  const out: TextBox[] = [];
  // the last entry is a placeholder that closes the story
  for (let i = 0; i < n - 1; i++) {
    const lid = u32(t, boxes.fc + 4 * (n + 1) + FTXBXS_SIZE * i + 14);
    const from = storyStart + u32(t, boxes.fc + 4 * i);
    const to = storyStart + u32(t, boxes.fc + 4 * (i + 1));
    if (to > from) out.push({ anchor: anchors.get(lid) ?? -1, from, to });
  }
  return out;
}
