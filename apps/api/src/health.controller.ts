import { Controller, Get, Res } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import { Policy } from '@leadrelay/core';
import { MIGRATION_SET } from '../../../migrations';
import { GracefulShutdown } from './http/graceful-shutdown';

export type Readiness =
  | { status: 'ready' }
  | { status: 'shutting down' }
  | { status: 'database unavailable' }
  | { status: 'migrations pending'; missing: string[] };

/** For load balancers, orchestrators and the start script. */
@Controller()
export class HealthController {
  constructor(
    private readonly em: EntityManager,
    private readonly shutdown: GracefulShutdown,
  ) {}

  /** Liveness: the process answers. Never asks the database, so that a database outage restarts no instance. */
  @Get('health')
  @Policy.public()
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /**
   * Readiness: 200 once the database answers and holds every migration this build knows (a newer
   * release's extra migrations are fine: the schema only grows ahead of the code that needs it);
   * 503 otherwise, and from the moment a shutdown began, so that the load balancer drains this instance.
   */
  @Get('ready')
  @Policy.public()
  async ready(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const readiness = await this.readiness();
    if (readiness.status !== 'ready') response.status(503);
    return readiness;
  }

  private async readiness(): Promise<Readiness> {
    if (this.shutdown.shuttingDown) return { status: 'shutting down' };
    let applied: Set<string>;
    try {
      const rows = await this.em.fork().execute<{ name: string }[]>('select name from mikro_orm_migrations');
      applied = new Set(rows.map((row) => row.name));
    } catch {
      return { status: 'database unavailable' };
    }
    const missing = MIGRATION_SET.list.map((migration) => migration.name).filter((name) => !applied.has(name));
    return missing.length ? { status: 'migrations pending', missing } : { status: 'ready' };
  }
}
