import { describe, expect, it } from 'vitest';
import { docFromText, STEPS } from '../pipeline/normalize.js';

describe('normalize', () => {
  it.each([
    ['NFD marks compose', 'Vie\u0302\u0323t Nam', 'Việt Nam'],
    ['deprecated tone marks compose', 'Ha\u0340 No\u0323\u0302i', 'Hà Nội'],
    ['eth becomes d-stroke', 'Ðảng ðoàn', 'Đảng đoàn'],
    ['en and em dashes become hyphens', '2021 – 2025 — x', '2021 - 2025 - x'],
    ['non-breaking hyphen inside a code', '34\u2011CT/TW', '34-CT/TW'],
    ['guillemets become curly quotes', '«Dân vận khéo»', '“Dân vận khéo”'],
    ['zero-width and soft hyphen vanish', 'Nghị\u200B quyết\u00AD', 'Nghị quyết'],
    ['nbsp and tabs become one space', 'Số:\u00A0\t03/CT-UBND', 'Số: 03/CT-UBND'],
    ['lines are trimmed', '  ỦY BAN NHÂN DÂN  \n  HUYỆN X ', 'ỦY BAN NHÂN DÂN\nHUYỆN X'],
    ['blank lines collapse to one', 'a\n\n\n\nb', 'a\n\nb'],
    ['CRLF becomes LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['ligature unfolds', '\uFB01le', 'file'],
  ])('%s', (_name, input, expected) => {
    expect(docFromText(input).text).toBe(expected);
  });

  it.each([
    ['plain text is untouched', 'Chỉ thị số 34-CT/TW ngày 07/4/2014'],
    ['a single newline stays', 'ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN'],
    ['straight quotes stay', 'phong trào "Dân vận khéo"'],
  ])('does not change: %s', (_name, input) => {
    expect(docFromText(input).text).toBe(input);
  });

  it.each([
    ['Vie\u0302\u0323t  Nam\u00A0– Ðà', 'Nam'],
    ['  x\u200By  “Học tập”', 'Học tập'],
    ['a\r\n\r\n\r\n\r\nb 34\u2013CT/TW', '34-CT/TW'],
  ])('maps offsets back to the ingested text: %j', (input, needle) => {
    const doc = docFromText(input);
    const start = doc.text.indexOf(needle);
    const end = start + needle.length;
    const back = doc.ingested.slice(doc.map[start], doc.map[end]);
    expect(back.normalize('NFC').replace(/[\u2013]/g, '-')).toBe(needle);
  });

  it('has named steps, applied in order', () => {
    const names = STEPS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.indexOf('nfc')).toBeLessThan(names.indexOf('d-stroke'));
    expect(names.indexOf('spaces')).toBeLessThan(names.indexOf('collapse-spaces'));
  });
});
