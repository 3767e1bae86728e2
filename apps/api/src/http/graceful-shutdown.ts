import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { AppConfig } from '@leadrelay/core';

/**
 * The API's shutdown (SIGTERM with `enableShutdownHooks`, or `app.close()`), in Nest's order:
 * here readiness turns 503, then the HTTP server stops accepting connections and waits for the
 * requests in flight (Apollo's drain, which alone would wait 10 s), and only then do the database
 * pools and the job queue close. A request still running after SHUTDOWN_GRACE_SECONDS has its
 * connection cut, so that a shutdown is bounded by what the operator chose.
 */
@Injectable()
export class GracefulShutdown implements OnModuleDestroy {
  private readonly logger = new Logger(GracefulShutdown.name);
  shuttingDown = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  // The first destroy hook (the root module's): before Apollo's own drain of the HTTP server starts.
  onModuleDestroy(): void {
    this.shuttingDown = true;
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    setTimeout(() => {
      server.getConnections((error, open) => {
        if (error || open === 0) return;
        this.logger.warn(
          `${open} connection(s) still busy ${this.config.SHUTDOWN_GRACE_SECONDS} s into the shutdown: closing them`,
        );
        server.closeAllConnections();
      });
    }, this.config.SHUTDOWN_GRACE_SECONDS * 1000).unref();
  }
}
