import { z } from 'zod';

/** What a job carries: where to read and where to write, never the document itself. */
export const JobData = z.object({
  v: z.literal(1),
  path: z.string().describe('the input path as the user gave it; recorded in source.path'),
  file: z.string().describe('absolute path the worker reads (shared storage for workers on other machines)'),
  out: z.string().describe("result path relative to the worker's --out folder"),
  job: z.object({
    maxBytes: z.number().int().positive(),
    maxPages: z.number().int().positive(),
    ocr: z
      .object({ enabled: z.boolean(), maxPages: z.number().int().positive(), languages: z.string() })
      .partial()
      .optional(),
  }),
});
export type JobData = z.infer<typeof JobData>;

export const JobResult = z.object({
  status: z.enum(['ok', 'failed']),
  counts: z.object({
    references: z.number(),
    campaigns: z.number(),
    anniversaries: z.number(),
    dates: z.number(),
  }),
});
export type JobResult = z.infer<typeof JobResult>;

// Permanent failures are written as error records and fail the job at once; anything else retries.
export const JOB_ATTEMPTS = 5;
export const JOB_BACKOFF_MS = 2000;

/** A failed job's reason is "<code>: <message>", so `vbx failed` and `vbx retry --code` can read it. */
export const failedReason = (code: string, message: string) => `${code}: ${message}`;
export const codeOf = (reason: string | undefined): string => /^([a-z-]+): /.exec(reason ?? '')?.[1] ?? 'unknown';
