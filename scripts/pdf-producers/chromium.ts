/** Prints an HTML file to PDF with headless Chromium (Debian package "chromium"), a fresh profile each time. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function chromiumPdf(html: string): Buffer {
  const work = mkdtempSync(join(tmpdir(), 'vbx-chromium-'));
  try {
    const page = join(work, 'page.html');
    const pdf = join(work, 'page.pdf');
    writeFileSync(page, html);
    execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--user-data-dir=${join(work, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        `file://${page}`,
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
    return readFileSync(pdf);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
