import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { AppConfig } from '@leadrelay/core';

/**
 * The API's shutdown (SIGTERM with `enableShutdownHooks`, or `app.close()`), in Nest's order:
 * here readiness turns 503, then the HTTP server stops accepting connections and waits for the
 * requests in flight, and only then do the database pools and the job queue close. A request
 * still running after SHUTDOWN_GRACE_SECONDS has its connection cut, so that a shutdown is bounded.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(GracefulShutdown.name);
  shuttingDown = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    const cut = setTimeout(() => {
      this.logger.warn(
        `requests still running after ${this.config.SHUTDOWN_GRACE_SECONDS} s of shutdown: closing their connections`,
      );
      server.closeAllConnections();
    }, this.config.SHUTDOWN_GRACE_SECONDS * 1000).unref();
    // 'close' comes once the last connection has ended: nothing left to cut.
    server.once('close', () => clearTimeout(cut));
  }
}
