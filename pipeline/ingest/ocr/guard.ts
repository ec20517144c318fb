/**
 * Child processes (pdftoppm, tesseract) that cannot outlive the thread that started them.
 *
 * Documents run in worker threads that a per-document timeout terminates; terminating a thread does
 * not kill the processes it spawned (measured: a `sleep` spawned from a terminated worker kept
 * running). So every command runs under a small sh guard: Node keeps the guard's standard input open
 * as a pipe for as long as the thread lives; when the thread ends — terminated, or the process dies —
 * the pipe reaches end-of-file and the guard stops the command. The command is also stopped after a
 * time limit in any case (coreutils timeout, exit status 124), and 127 / 126 mean not found / not
 * executable.
 */
import { spawn } from 'node:child_process';

const GUARD = [
  'limit=$1; shift',
  'exec 3<&0',
  'timeout -k 2 "$limit" "$@" 3<&- </dev/null &',
  'job=$!',
  '{ read -r _ <&3; kill -TERM "$job"; } 2>/dev/null &',
  'guard=$!',
  'exec 3<&-',
  'wait "$job"; status=$?',
  'kill "$guard" 2>/dev/null',
  'exit "$status"',
].join('\n');

export const TIMED_OUT = 124;
export const NOT_FOUND = 127;
export const NOT_EXECUTABLE = 126;

/** argv (after `sh`) that runs `command` under the guard */
export const guardedArgs = (seconds: number, command: string, args: string[]): string[] => [
  '-c',
  GUARD,
  'vbx-guard',
  String(seconds),
  command,
  ...args,
];

const shellQuote = (s: string): string => `'${s.replaceAll("'", `'"'"'`)}'`;

/** The same as one shell command line, for wrappers that take a command string. */
export const guardedCommandLine = (seconds: number, command: string, args: string[] = []): string =>
  ['sh', ...guardedArgs(seconds, command, args)].map(shellQuote).join(' ');

export interface Finished {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command under the guard; resolves when it ends, whatever its status. */
export function runGuarded(command: string, args: string[], seconds: number): Promise<Finished> {
  return new Promise((resolve, reject) => {
    // stdin stays an open pipe: its end-of-file is what tells the guard this thread is gone
    const child = spawn('sh', guardedArgs(seconds, command, args), { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        status: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}
