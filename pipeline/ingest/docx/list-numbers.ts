import type { Message } from '../../../output/schema.js';
import { formatNumber, isKnownFormat } from './number-format.js';
import type { AbstractNumbering, Level, NumberingDefinitions, NumberingInstance } from './numbering.js';
import { type ParagraphStyles, styleNumPr } from './styles.js';

/** What a paragraph says about its list membership (w:pPr/w:numPr, w:pStyle). */
export interface ParagraphNumbering {
  numId?: string;
  ilvl?: number;
  style?: string;
}

/** Returns the list label text for each paragraph in document order ("" when not numbered). */
export type ListNumberer = (p: ParagraphNumbering) => string;

// Vietnamese documents type "-" and "+" as bullets and mean them; other glyphs are decoration.
const KEPT_BULLETS = new Set(['-', '+', '*', '–']);
const SUFFIX: Record<string, string> = { tab: ' ', space: ' ', nothing: '' };

interface List {
  key: string;
  abstract: AbstractNumbering;
  instance: NumberingInstance;
}

export function createListNumberer(
  defs: NumberingDefinitions | undefined,
  styles: ParagraphStyles,
  warn: (m: Message) => void,
): ListNumberer {
  if (!defs) return () => '';
  const counters = new Map<string, (number | undefined)[]>();
  const warned = new Set<string>();
  const warnOnce = (key: string, message: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    warn({ code: 'docx-numbering', message });
  };

  const findList = (numId: string): List | undefined => {
    let instance = defs.nums.get(numId);
    for (let hops = 0; instance && hops < 4; hops++) {
      const abstract = defs.abstracts.get(instance.abstractId);
      if (!abstract) break;
      if (!abstract.styleLink) {
        // Word continues one list across w:num that share a definition, unless one restarts it.
        const restarts = [...instance.overrides.values()].some((o) => o.start !== undefined || o.level);
        return { key: restarts ? `n${numId}` : `a${instance.abstractId}`, abstract, instance };
      }
      const linked = styleNumPr(styles, abstract.styleLink).numId;
      instance = linked === undefined ? undefined : defs.nums.get(linked);
    }
    warnOnce(`num${numId}`, `list numbering ${numId} has no definition; its labels are left out`);
    return undefined;
  };

  const levelOf = (list: List, ilvl: number): Level | undefined =>
    list.instance.overrides.get(ilvl)?.level ?? list.abstract.levels.get(ilvl);
  const startOf = (list: List, ilvl: number): number =>
    list.instance.overrides.get(ilvl)?.start ?? levelOf(list, ilvl)?.start ?? 1;

  const render = (list: List, level: Level, values: (number | undefined)[]): string => {
    if (level.format === 'bullet') return KEPT_BULLETS.has(level.text.trim()) ? level.text.trim() : '-';
    return level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const k = Number(digit) - 1;
      const lv = levelOf(list, k);
      const format = lv?.format ?? 'decimal';
      if (!isKnownFormat(format)) warnOnce(`fmt${format}`, `list number format "${format}" rendered as decimal`);
      const value = values[k] ?? startOf(list, k);
      return level.legal ? String(value) : formatNumber(value, format, lv?.customFormat);
    });
  };

  return (p) => {
    const fromStyle = p.numId === undefined || p.ilvl === undefined ? styleNumPr(styles, p.style) : {};
    const numId = p.numId ?? fromStyle.numId;
    if (numId === undefined || numId === '0') return '';
    const list = findList(numId);
    if (!list) return '';
    let ilvl = p.ilvl ?? fromStyle.ilvl;
    if (ilvl === undefined) {
      ilvl = 0;
      for (const [i, lv] of list.abstract.levels) if (p.style && lv.style === p.style) ilvl = i;
    }
    const level = levelOf(list, ilvl);
    if (!level) return '';

    const values = counters.get(list.key) ?? [];
    counters.set(list.key, values);
    const current = values[ilvl];
    values[ilvl] = current === undefined ? startOf(list, ilvl) : current + 1;
    for (let d = ilvl + 1; d < values.length; d++) {
      const restart = levelOf(list, d)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) values[d] = undefined;
    }
    const label = render(list, level, values);
    return label && label + (SUFFIX[level.suffix] ?? ' ');
  };
}
