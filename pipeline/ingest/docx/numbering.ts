import { type Attributes, walkWordXml } from './xml.js';

/** One w:lvl of an abstract numbering definition. */
export interface Level {
  start: number;
  format: string;
  /** w:numFmt w:format, only for format "custom" */
  customFormat?: string;
  /** w:lvlText, e.g. "%1.%2." */
  text: string;
  /** what separates the number from the text: w:suff tab | space | nothing */
  suffix: string;
  /** w:lvlRestart: 0 = never restart; n = restart after a level ≤ n is used */
  restart?: number;
  /** w:isLgl: every placeholder rendered in decimal */
  legal: boolean;
  /** paragraph style bound to this level */
  style?: string;
}

export interface AbstractNumbering {
  levels: Map<number, Level>;
  /** w:numStyleLink: the definition lives in the numbering style of this id */
  styleLink?: string;
}

export interface LevelOverride {
  start?: number;
  level?: Level;
}

export interface NumberingInstance {
  abstractId: string;
  overrides: Map<number, LevelOverride>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNumbering>;
  nums: Map<string, NumberingInstance>;
}

const int = (v: string | undefined, fallback: number): number => {
  const n = Number.parseInt(v ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
};

const isOn = (v: string | undefined): boolean => v === undefined || !/^(0|false|off)$/.test(v);

const newLevel = (): Level => ({ start: 1, format: 'decimal', text: '', suffix: 'tab', legal: false });

/** Reads word/numbering.xml into lookup tables. */
export function parseNumbering(xml: Uint8Array, part: string): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNumbering>();
  const nums = new Map<string, NumberingInstance>();
  let abstract: AbstractNumbering | undefined;
  let num: NumberingInstance | undefined;
  let override: LevelOverride | undefined;
  let level: Level | undefined;

  const open = (name: string, a: Attributes) => {
    switch (name) {
      case 'abstractNum':
        abstract = { levels: new Map() };
        abstracts.set(a.get('abstractNumId') ?? '', abstract);
        return;
      case 'num':
        num = { abstractId: '', overrides: new Map() };
        nums.set(a.get('numId') ?? '', num);
        return;
      case 'abstractNumId':
        if (num) num.abstractId = a.get('val') ?? '';
        return;
      case 'lvlOverride':
        override = {};
        num?.overrides.set(int(a.get('ilvl'), 0), override);
        return;
      case 'startOverride':
        if (override) override.start = int(a.get('val'), 1);
        return;
      case 'numStyleLink':
        if (abstract) abstract.styleLink = a.get('val');
        return;
      case 'lvl':
        level = newLevel();
        if (override) override.level = level;
        else abstract?.levels.set(int(a.get('ilvl'), 0), level);
        return;
    }
    if (!level) return;
    const val = a.get('val');
    if (name === 'start') level.start = int(val, 1);
    else if (name === 'numFmt') {
      level.format = val ?? 'decimal';
      level.customFormat = a.get('format');
    } else if (name === 'lvlText') level.text = val ?? '';
    else if (name === 'suff') level.suffix = val ?? 'tab';
    else if (name === 'lvlRestart') level.restart = int(val, 1);
    else if (name === 'isLgl') level.legal = isOn(val);
    else if (name === 'pStyle') level.style = val;
  };

  const close = (name: string) => {
    if (name === 'lvl') level = undefined;
    else if (name === 'lvlOverride') override = undefined;
    else if (name === 'abstractNum') abstract = undefined;
    else if (name === 'num') num = undefined;
  };

  walkWordXml(xml, part, { open, close, text: () => {} });
  return { abstracts, nums };
}
