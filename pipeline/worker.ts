// A pool worker: extraction only; the calling thread reads and writes.
import { type ExtractInput, extractBytes } from './extracted.js';

export default (input: ExtractInput) => extractBytes(input);
