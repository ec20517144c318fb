import type { ErrorCode } from '../../output/schema.js';

/** Raised inside a reader; the ingest stage turns it into an error record value. */
export class IngestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
