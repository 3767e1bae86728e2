// The API alone, for production: `npm run start:api`. Migrations are a release step
// (`npm run db:migrate`); this process never changes the schema.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig, assertNodeVersion } from '@leadrelay/core';
import { createApi } from './api.app';

async function main(): Promise<void> {
  assertNodeVersion();
  const config = AppConfig.from(process.env);
  const app = await createApi(config);
  app.enableShutdownHooks();
  await app.listen(config.PORT);
  new Logger('LeadRelay').log(`GraphQL at http://localhost:${config.PORT}/graphql`);
}

void main();
