import type { Doc } from '../pipeline/document.js';
import type { DocumentHeader, Message, Reference } from '../output/schema.js';

/** What earlier extractors found, for later ones (like chrono's refiners see parser results). */
export interface ExtractContext {
  header?: DocumentHeader;
  references?: Reference[];
}

export interface Extracted<T> {
  items: T[];
  warnings: Message[];
}

export type Extractor<T> = (doc: Doc, ctx: ExtractContext) => Extracted<T>;
