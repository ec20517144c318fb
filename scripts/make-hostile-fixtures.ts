/**
 * Writes fixtures/hostile/: inputs that must each end in a named error record (or, for the long
 * document, a result) without crashing the batch. Small files only; the zip bombs and the
 * many-entry archive are built in memory by test/hostile.test.ts from scripts/hostile/bombs.ts
 * (`-- --large DIR` writes them to DIR too, for trying the CLI on them).
 * test/pdf/ already holds truncated.pdf and encrypted.pdf; they are not copied here.
 * Run: npx tsx scripts/make-hostile-fixtures.ts   (needs soffice and pdftoppm)
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { billionLaughs, depthBomb, honestBomb, lyingBomb, manyEntries } from './hostile/bombs.js';
import { docxOf, longPlanDocx, noTextDocx } from './hostile/documents.js';
import { junkBytes } from './hostile/junk.js';
import { convert, encryptDocx, pageImage } from './hostile/office.js';
import { spreadsheetXlsx } from './hostile/spreadsheet.js';
import { chinese, english, french, officeLetter } from './hostile/texts.js';

const out = join(import.meta.dirname, '..', 'fixtures', 'hostile');
const work = mkdtempSync(join(tmpdir(), 'vbx-hostile-'));
mkdirSync(out, { recursive: true });
const put = (name: string, bytes: Uint8Array | string) => writeFileSync(join(out, name), bytes);
const keep = (file: string, name: string) => renameSync(file, join(out, name));

for (const ext of ['docx', 'pdf', 'txt']) put(`empty.${ext}`, '');
put('whitespace.txt', ' \t\n\r\n   \u00a0\u3000\n\n\t \n');
put('binary-junk.pdf', junkBytes(4096));

const letter = join(work, 'letter.docx');
writeFileSync(letter, await docxOf(officeLetter));
const letterBytes = readFileSync(letter);
put('truncated.docx', letterBytes.subarray(0, Math.floor(letterBytes.length * 0.6)));
encryptDocx(letter, join(out, 'encrypted.docx'), 'mat-khau-123');
keep(convert(letter, 'odt', work), 'opendocument.docx');

put(
  'spreadsheet.docx',
  spreadsheetXlsx([
    ['Đơn vị', 'Dự toán năm 2024', 'Đã giải ngân'],
    ['Phòng Tài chính - Kế hoạch', 1200, 950],
    ['Phòng Nội vụ', 800, 640],
  ]),
);

for (const [name, text] of [
  ['english', english],
  ['french', french],
  ['chinese', chinese],
] as const) {
  put(`${name}.txt`, `${text}\n`);
  put(`${name}.docx`, await docxOf(text));
}

put(
  'html-page.docx',
  `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Công văn</title></head>
<body lang="VI">${officeLetter
    .split('\n')
    .map((line) => `<p class="MsoNormal">${line}</p>`)
    .join('\n')}</body></html>\n`,
);

// 300 pages: the .docx as LibreOffice saves it (it records <Pages> in docProps/app.xml), and its PDF.
const long = join(work, 'long-300.docx');
writeFileSync(long, await longPlanDocx(300));
const saved = join(work, 'saved');
mkdirSync(saved);
keep(convert(long, 'docx:MS Word 2007 XML', saved), 'long-300.docx');
const longPdf = convert(join(out, 'long-300.docx'), 'pdf', work);
keep(longPdf, 'long-300.pdf');

const png = pageImage(join(out, 'long-300.pdf'), 'png', join(work, 'page'));
keep(png, 'image-png.docx');
keep(pageImage(join(out, 'long-300.pdf'), 'jpeg', join(work, 'page')), 'image-jpeg.docx');
put('no-text.docx', await noTextDocx(readFileSync(join(out, 'image-png.docx'))));

put('depth-bomb.docx', depthBomb(100_000));
put('billion-laughs.docx', billionLaughs());

const large = process.argv.indexOf('--large');
if (large > 0) {
  const dir = process.argv[large + 1] ?? join(work, 'large');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bomb-3gib.docx'), honestBomb(3072));
  writeFileSync(join(dir, 'bomb-20mib.docx'), honestBomb(20));
  writeFileSync(join(dir, 'bomb-lying.docx'), lyingBomb(3072, 16_384));
  writeFileSync(join(dir, 'many-entries.docx'), manyEntries(5000));
  console.log(`wrote the large hostile files to ${dir}`);
}
console.log(`wrote hostile fixtures to ${out}`);
