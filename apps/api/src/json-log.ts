import { ConsoleLogger, type ConsoleLoggerOptions, type LogLevel } from '@nestjs/common';
import SonicBoom from 'sonic-boom';

/**
 * Production's log: Nest's JSON lines, the same objects and text, written through sonic-boom
 * (pino's destination) instead of `process.stdout.write`, which on a pipe is a blocking write on
 * the request's path: one syscall per operation-log line (issue 9). sonic-boom writes off the event
 * loop and gathers the lines that arrive while a write is in flight into the next one; whatever
 * is still buffered is written synchronously when the process exits.
 */
export class AsyncJsonLogger extends ConsoleLogger {
  private static readonly streams = {
    stdout: new SonicBoom({ fd: process.stdout.fd, sync: false }),
    stderr: new SonicBoom({ fd: process.stderr.fd, sync: false }),
  };

  static {
    process.once('exit', () => {
      for (const stream of Object.values(AsyncJsonLogger.streams)) stream.flushSync();
    });
  }

  constructor(options: Omit<ConsoleLoggerOptions, 'json' | 'colors' | 'compact' | 'forceConsole'>) {
    super({ ...options, json: true, colors: false });
  }

  protected override printAsJson(
    message: unknown,
    options: { context: string; logLevel: LogLevel; writeStreamType?: 'stdout' | 'stderr'; errorStack?: unknown; error?: Error },
  ): void {
    const line = this.stringifyJsonLogObject(this.getJsonLogObject(message, options));
    AsyncJsonLogger.streams[options.writeStreamType ?? 'stdout'].write(`${line}\n`);
  }
}
