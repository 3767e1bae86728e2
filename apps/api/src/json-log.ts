import { ConsoleLogger, type ConsoleLoggerOptions, type LogLevel } from '@nestjs/common';
import SonicBoom from 'sonic-boom';

/** How long a line of the standard output may wait to be written with the lines after it. */
export const LOG_FLUSH_MS = 100;

/**
 * Production's log: Nest's JSON lines, the same objects and text, written through sonic-boom
 * (pino's destination) instead of `process.stdout.write`, which on a pipe is a blocking write on
 * the request's path: one syscall per operation-log line (issue 9). sonic-boom writes off the event
 * loop and gathers lines into one write: on the standard output until 4 KiB are together or
 * LOG_FLUSH_MS have passed (a write costs a request's worth of CPU on this machine), on the
 * standard error (warnings and errors) at once. Whatever is still buffered is written
 * synchronously when the process exits.
 */
export class AsyncJsonLogger extends ConsoleLogger {
  private static readonly streams = {
    stdout: new SonicBoom({ fd: process.stdout.fd, sync: false, minLength: 4096 }),
    stderr: new SonicBoom({ fd: process.stderr.fd, sync: false }),
  };

  static {
    process.once('exit', () => {
      for (const stream of Object.values(AsyncJsonLogger.streams)) stream.flushSync();
    });
  }

  /** The standard output's flush after LOG_FLUSH_MS, planned by its first line not yet written. */
  private static flushPlanned = false;

  constructor(options: Omit<ConsoleLoggerOptions, 'json' | 'colors' | 'compact' | 'forceConsole'>) {
    super({ ...options, json: true, colors: false });
  }

  protected override printAsJson(
    message: unknown,
    options: { context: string; logLevel: LogLevel; writeStreamType?: 'stdout' | 'stderr'; errorStack?: unknown; error?: Error },
  ): void {
    const line = this.stringifyJsonLogObject(this.getJsonLogObject(message, options));
    const stream = options.writeStreamType ?? 'stdout';
    AsyncJsonLogger.streams[stream].write(`${line}\n`);
    if (stream === 'stdout') AsyncJsonLogger.planFlush();
  }

  // Not sonic-boom's periodicFlush: with a minLength it writes every period, also with nothing to write.
  private static planFlush(): void {
    if (AsyncJsonLogger.flushPlanned) return;
    AsyncJsonLogger.flushPlanned = true;
    setTimeout(() => {
      AsyncJsonLogger.flushPlanned = false;
      AsyncJsonLogger.streams.stdout.flush();
    }, LOG_FLUSH_MS).unref();
  }
}
