/**
 * Text for a w:sym run. Symbol-font characters live in the private-use area
 * (F000 + code); dingbat fonts are bullets, checkboxes and arrows in these
 * documents, read as "-". A few Symbol characters carry meaning and are mapped.
 */
const SYMBOL_FONT = new Map<number, string>([
  [0xa3, '≤'],
  [0xb3, '≥'],
  [0xb1, '±'],
  [0xb4, '×'],
  [0xb8, '÷'],
  [0xb9, '≠'],
  [0xbb, '≈'],
  [0xae, '→'],
  [0xac, '←'],
  [0xb0, '°'],
  [0x2d, '-'],
  [0x2b, '+'],
  [0x3d, '='],
  [0x25, '%'],
  [0xb7, '-'],
  [0xa7, '-'],
  [0xd7, '-'],
  [0xa8, '-'],
  [0xde, '⇒'],
  [0xdf, '⇐'],
]);

const BULLETS = new Set([0x2022, 0x25cf, 0x25aa, 0x25a0, 0x25a1, 0x25e6, 0x2023, 0x27a2, 0x2043, 0xb7]);

export function symbolText(font: string | undefined, charHex: string | undefined): string {
  const code = Number.parseInt(charHex ?? '', 16);
  if (!Number.isFinite(code)) return '';
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  const f = (font ?? '').toLowerCase();
  if (f.startsWith('wingdings') || f.startsWith('webdings')) return '-';
  if (f === 'symbol') return SYMBOL_FONT.get(low) ?? (low >= 0x30 && low <= 0x39 ? String.fromCharCode(low) : '');
  if (code >= 0xe000 && code <= 0xf8ff) return '';
  return BULLETS.has(code) ? '-' : String.fromCodePoint(code);
}
