/**
 * word-extractor ships no types. Only its OLE Word parser is used (pipeline/ingest/doc/word-binary.ts):
 * the fields below are its internals, read after it has parsed the piece table.
 */
declare module 'word-extractor/lib/word-ole-extractor.js' {
  export interface WordPiece {
    startCp: number;
    endCp: number;
    /** offset of the piece's text in the WordDocument stream (already halved for 8-bit pieces) */
    startFilePos: number;
    /** bytes per character: 2 for UTF-16 pieces, 1 for 8-bit (cp1252) pieces */
    bpc: 1 | 2;
    size: number;
    length: number;
    totLength: number;
    unicode: boolean;
    text: string;
  }
  export default class WordOleExtractor {
    _pieces: WordPiece[];
    _boundaries: Record<string, number>;
    extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
    documentStream(document: unknown, streamName: string): Promise<unknown>;
    streamBuffer(stream: unknown): Promise<Buffer>;
    writePieces(buffer: Buffer, tableBuffer: Buffer): void;
    buildDocument(): unknown;
  }
}
