import WordOleExtractor, { type WordPiece } from 'word-extractor/lib/word-ole-extractor.js';
import { IngestError } from '../error.js';
import { type CompoundFile, openCompoundFile } from './cfb.js';
import { type Fib, readFib, WORD97_NFIB } from './fib.js';

export type { WordPiece };

/** A Word 97–2003 binary document opened for reading. */
export interface WordBinary {
  fib: Fib;
  word: Uint8Array;
  table: Uint8Array;
  /** the text pieces in CP order, with tracked deletions blanked to \0 and table row ends turned into \n */
  pieces: WordPiece[];
}

const cp1252 = new TextDecoder('windows-1252');

/**
 * word-extractor parses the piece table, tracked deletions and table row ends; its OLE layer is
 * replaced by ours (cfb.ts, bounded), and its 8-bit decoding is redone: it maps bytes 0x81, 0x8D,
 * 0x8F, 0x90 and 0x9D, which cp1252 leaves undefined, to the string "undefined", which shifts every
 * later character position of the piece.
 */
class Extractor extends WordOleExtractor {
  constructor(private readonly file: CompoundFile) {
    super();
  }
  override documentStream(_document: unknown, name: string): Promise<unknown> {
    const stream = this.file.stream(name);
    if (!stream) return Promise.reject(new IngestError('corrupt', `.doc has no ${name} stream`));
    return Promise.resolve(Buffer.from(stream.buffer, stream.byteOffset, stream.byteLength));
  }
  override streamBuffer(stream: unknown): Promise<Buffer> {
    return Promise.resolve(stream as Buffer);
  }
  override writePieces(buffer: Buffer, tableBuffer: Buffer): void {
    super.writePieces(buffer, tableBuffer);
    let cp = 0;
    for (const p of this._pieces) {
      if (!p.unicode) p.text = cp1252.decode(buffer.subarray(p.startFilePos, p.startFilePos + p.size));
      p.length = p.text.length;
      p.startCp = cp;
      p.endCp = cp += p.length;
    }
  }
  override buildDocument(): unknown {
    return this._pieces;
  }
}

export async function openWordBinary(bytes: Uint8Array): Promise<WordBinary> {
  const file = openCompoundFile(bytes);
  const word = file.stream('WordDocument');
  if (!word) throw new IngestError('unsupported-format', 'OLE compound file without a WordDocument stream');
  const fib = readFib(word);
  if (typeof fib === 'string') throw new IngestError('corrupt', fib);
  if (fib.encrypted) throw new IngestError('encrypted', 'password-protected Word .doc');
  if (fib.nFib < WORD97_NFIB) {
    throw new IngestError(
      'unsupported-format',
      `Word 6.0/95 .doc (nFib ${fib.nFib}) is not supported, only Word 97–2003`,
    );
  }
  const tableName = fib.table1 ? '1Table' : '0Table';
  const table = file.stream(tableName);
  if (!table) throw new IngestError('corrupt', `.doc has no ${tableName} stream`);
  const extractor = new Extractor(file);
  const pieces = (await extractor.extractWordDocument(
    undefined,
    Buffer.from(word.buffer, word.byteOffset, word.byteLength),
  )) as WordPiece[];
  return { fib, word, table, pieces };
}
