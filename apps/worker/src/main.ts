// The worker alone: `npm run start:worker`, against DATABASE_URL (the application role).
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig, assertNodeVersion } from '@leadrelay/core';
import { createWorker } from './worker.app';

async function main(): Promise<void> {
  assertNodeVersion();
  const worker = await createWorker(AppConfig.from(process.env));
  // On SIGTERM/SIGINT: stop taking jobs, let the running ones finish, then end.
  worker.enableShutdownHooks();
  new Logger('LeadRelay worker').log('Worker started');
}

main().catch((error: unknown) => {
  new Logger('LeadRelay worker').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
