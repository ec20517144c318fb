/**
 * The Debian tesseract binary, through node-tesseract-ocr (which builds its command line and runs it).
 * The binary is checked once per path: present, its version, and the requested language models.
 */
import tesseract from 'node-tesseract-ocr';
import { IngestError } from '../error.js';
import { guardedCommandLine, NOT_EXECUTABLE, NOT_FOUND, runGuarded, TIMED_OUT } from './guard.js';
import { INSTALL_HINT, type OcrOptions } from './options.js';

const PROBE_SECONDS = 20;

const probes = new Map<string, Promise<string>>();

async function probe(path: string, languages: string): Promise<string> {
  const unavailable = (why: string) =>
    new IngestError('ocr-unavailable', `this PDF needs OCR, but ${why}; ${INSTALL_HINT}`);
  const version = await runGuarded(path, ['--version'], PROBE_SECONDS);
  if (version.status === NOT_FOUND || version.status === NOT_EXECUTABLE) {
    throw unavailable(`tesseract was not found (${path})`);
  }
  const number = /tesseract\s+v?(\d[\w.-]*)/i.exec(version.stdout + version.stderr)?.[1];
  if (version.status !== 0 || !number) throw unavailable(`'${path} --version' failed: ${lastLine(version.stderr)}`);
  const list = await runGuarded(path, ['--list-langs'], PROBE_SECONDS);
  const installed = new Set((list.stdout + list.stderr).split('\n').map((l) => l.trim()));
  const missing = languages.split('+').filter((l) => !installed.has(l));
  if (missing.length > 0) throw unavailable(`tesseract has no '${missing.join("', '")}' language model`);
  return `tesseract ${number} (${languages})`;
}

/** 'tesseract 5.3.0 (vie)', or an 'ocr-unavailable' IngestError saying how to install what is missing. */
export function engine(o: OcrOptions): Promise<string> {
  const key = `${o.tesseractPath}\0${o.languages}`;
  let p = probes.get(key);
  if (!p) {
    p = probe(o.tesseractPath, o.languages);
    probes.set(key, p);
    // a failed check is not remembered: the package may be installed while the batch runs
    p.catch(() => probes.delete(key));
  }
  return p;
}

const lastLine = (s: string): string =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^(Detected \d+ diacritics|Estimating resolution)/.test(l))
    .at(-1) ?? 'no message';

/** TSV of one page image (tesseract's words with boxes and confidences). */
export async function recognizeImage(image: string, page: number, o: OcrOptions): Promise<string> {
  // One OpenMP thread: measured here, 2.3 s a page instead of 12.5 s with tesseract's default
  // threads fighting over 2 cores; parallelism comes from documents running side by side.
  const binary = guardedCommandLine(o.pageTimeoutSeconds, 'env', ['OMP_THREAD_LIMIT=1', o.tesseractPath]);
  try {
    return await tesseract.recognize(image, {
      binary,
      lang: o.languages,
      oem: 1, // LSTM: the only engine in Debian's vie model
      psm: o.psm,
      dpi: o.dpi,
      presets: ['tsv'],
    });
  } catch (e) {
    const err = e as { code?: number | string; cmd?: string; message?: string };
    if (err.code === TIMED_OUT) {
      throw new IngestError('ocr-failed', `tesseract took over ${o.pageTimeoutSeconds} s on page ${page}; stopped`);
    }
    // exec's message is "Command failed: <command line>\n<stderr>"
    const message = err.message ?? String(e);
    const prefix = `Command failed: ${err.cmd}\n`;
    const why = lastLine(message.startsWith(prefix) ? message.slice(prefix.length) : message);
    throw new IngestError('ocr-failed', `tesseract failed on page ${page} (exit ${err.code ?? '?'}): ${why}`);
  }
}
