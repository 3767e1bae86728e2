import { ConsoleLogger, type INestApplicationContext, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, assertRowLevelSecurityHolds } from '@leadrelay/core';
import { WorkerModule } from './worker.module';

/** The worker as an application context (no HTTP server); used by `main.ts` and the launcher. */
export async function createWorker(
  config: AppConfig = AppConfig.from(process.env),
  logLevels: LogLevel[] = ['log', 'error', 'warn'],
): Promise<INestApplicationContext> {
  await assertRowLevelSecurityHolds(config.DATABASE_URL);
  return NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new ConsoleLogger({ json: config.isProduction, prefix: 'LeadRelay worker', logLevels }),
  });
}
