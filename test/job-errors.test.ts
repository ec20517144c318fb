import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INGEST } from '../pipeline/ingest/index.js';
import { runJob } from '../pipeline/job.js';

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0,
  0, 0,
]);
const junk = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 256);
const english = 'The committee met on Tuesday to discuss the annual budget and approve the plan. '.repeat(10);
const vietnamese = 'Ủy ban nhân dân huyện phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2023. '.repeat(
  5,
);

describe('bad input becomes an error record naming the reason', () => {
  it.each([
    ['empty file', 'a.txt', new Uint8Array(0), 'empty'],
    ['binary junk named .pdf', 'junk.pdf', junk(4096), 'unsupported-format'],
    ['an image named .docx', 'scan.docx', PNG, 'unsupported-format'],
    [
      'a zip that is not a Word file',
      'x.docx',
      zipSync({ 'a.txt': new TextEncoder().encode('hi') }),
      'unsupported-format',
    ],
    ['a truncated PDF', 'cut.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), 'corrupt'],
    ['text that is not UTF-8', 'legacy.txt', Uint8Array.from([0x43, 0xe9, 0x6e, 0x67, 0x20, 0xb5, 0xe9]), 'corrupt'],
    ['English text', 'en.txt', new TextEncoder().encode(english), 'not-vietnamese'],
    ['only white space', 'blank.txt', new TextEncoder().encode(' \n\n \t '), 'no-text'],
  ])('%s', async (_name, path, bytes, code) => {
    const out = await runJob({ path, bytes });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error.code).toBe(code);
    expect(out.source.path).toBe(path);
    expect(out.error.message.length).toBeGreaterThan(5);
  });

  it('refuses a file over the size cap before reading it', async () => {
    const bytes = new TextEncoder().encode(vietnamese);
    const out = await runJob({ path: 'big.txt', bytes }, { ...DEFAULT_INGEST, maxBytes: 100 });
    expect(out.ok ? null : out.error.code).toBe('too-large');
  });

  it('refuses a PDF over the page cap, naming its page count', async () => {
    const bytes = readFileSync('test/pdf/chi-thi-3p.pdf');
    const out = await runJob({ path: 'long.pdf', bytes }, { ...DEFAULT_INGEST, maxPages: 2 });
    expect(out.ok ? null : out.error).toMatchObject({ code: 'too-large', message: expect.stringContaining('3 pages') });
    const within = await runJob({ path: 'long.pdf', bytes }, { ...DEFAULT_INGEST, maxPages: 3 });
    expect(within.ok).toBe(true);
  });
});

describe('good text input', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(vietnamese)],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(vietnamese)])],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, ...Buffer.from(vietnamese, 'utf16le')])],
  ])('%s is read', async (_name, bytes) => {
    const out = await runJob({ path: 'doc.txt', bytes });
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.text.startsWith('Ủy ban nhân dân huyện')).toBe(true);
  });

  it('strips Markdown emphasis and bookmarks from exported text, keeping "(*)"', async () => {
    const src = '**CHỈ THỊ**\n[bookmark: _GoBack]Thực hiện ***“Dân vận khéo”*** (*) của Ủy ban nhân dân.';
    const out = await runJob({ path: 'x.txt', bytes: new TextEncoder().encode(src) });
    expect(out.ok && out.text).toBe('CHỈ THỊ\nThực hiện “Dân vận khéo” (*) của Ủy ban nhân dân.');
  });
});
