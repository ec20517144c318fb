import type { Message } from '../../output/schema.js';
import type { Ingested } from '../document.js';
import { readBody } from './docx/body.js';
import { createListNumberer } from './docx/list-numbers.js';
import { parseNumbering } from './docx/numbering.js';
import { openWordPackage } from './docx/package.js';
import { parseStyles } from './docx/styles.js';

const DEFAULT_MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;

/**
 * Plain text of a .docx body, one line per paragraph and per table cell.
 * Headers, footers, footnotes and comments are not read.
 */
export async function readDocx(bytes: Uint8Array, limits: { maxUnzippedBytes?: number } = {}): Promise<Ingested> {
  const pkg = openWordPackage(bytes, limits.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES);
  const warnings: Message[] = [];
  const warn = (m: Message) => warnings.push(m);
  const numbering = pkg.numbering && parseNumbering(pkg.numbering, 'word/numbering.xml');
  // styles matter only for list numbering, and styles.xml is often larger than the text
  const styles = parseStyles(numbering && pkg.styles, 'word/styles.xml');
  const numberer = createListNumberer(numbering, styles, warn);
  const text = readBody(pkg.document, pkg.documentPath, numberer, warn);
  return { text, warnings };
}
