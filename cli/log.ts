import { pino } from 'pino';

/** Structured JSON logs on stderr (stdout carries command output); LOG_LEVEL=debug shows every job. */
export const createLog = (name: string) =>
  pino({ name, level: process.env.LOG_LEVEL ?? 'info' }, pino.destination({ fd: 2, sync: false }));
