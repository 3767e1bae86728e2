import { ConsoleLogger, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { altairExpress } from 'altair-express-middleware';
import { AppConfig, assertRowLevelSecurityHolds } from '@leadrelay/core';
import { ApiModule } from './api.module';
import { ErrorFilter } from './error.filter';
import { requestBody } from './http/request-body';
import { AsyncJsonLogger } from './json-log';
import { inputValidationPipe } from './validation';

/** Everything around the module that a running API needs; used by `main.ts`, the launcher and the e2e tests. */
export function configureApi(app: INestApplication, config: AppConfig): void {
  const express = app.getHttpAdapter().getInstance() as { set(name: string, value: unknown): void; disable(name: string): void };
  express.disable('x-powered-by');
  // No ETag hashed over every answer: a GraphQL answer is one person's and a POST, never revalidated.
  express.disable('etag');
  // Off by default: only behind a proxy that sets X-Forwarded-For may the client address be read from it.
  express.set('trust proxy', config.trustProxy);
  app.use(requestBody());
  app.useGlobalPipes(inputValidationPipe());
  app.useGlobalFilters(new ErrorFilter(app.getHttpAdapter()));
  if (config.graphqlIde) {
    // Altair ships its whole UI in the npm package: works without internet.
    app.use('/ide', altairExpress({ endpointURL: '/graphql', initialQuery: '{ me { user { name } } }' }));
  }
}

/** In production JSON lines written without blocking (see AsyncJsonLogger), elsewhere Nest's coloured text. */
export function apiLogger(config: AppConfig): ConsoleLogger {
  return config.isProduction ? new AsyncJsonLogger({ prefix: 'LeadRelay' }) : new ConsoleLogger({ prefix: 'LeadRelay' });
}

export async function createApi(config: AppConfig = AppConfig.from(process.env)): Promise<NestExpressApplication> {
  await assertRowLevelSecurityHolds(config.DATABASE_URL);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { logger: apiLogger(config) });
  configureApi(app, config);
  return app;
}
