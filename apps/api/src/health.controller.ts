import { Controller, Get } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Policy } from '@leadrelay/core';

/** For load balancers and the start script: answers once the database answers. */
@Controller('health')
export class HealthController {
  constructor(private readonly em: EntityManager) {}

  @Get()
  @Policy.public()
  async health(): Promise<{ status: 'ok' }> {
    await this.em.fork().execute('select 1');
    return { status: 'ok' };
  }
}
