import type { DynamicModule } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AppConfig } from '../config/app-config';
import { ormOptions } from './orm-options';

/** MikroORM on DATABASE_URL for the API and the worker; each lib registers its entities with `forFeature`. */
export function databaseModule(): Promise<DynamicModule> | DynamicModule {
  return MikroOrmModule.forRootAsync({
    inject: [AppConfig],
    driver: PostgreSqlDriver,
    useFactory: (config: AppConfig) => ({
      ...ormOptions({ clientUrl: config.DATABASE_URL, entities: [], debug: config.LOG_SQL }),
      autoLoadEntities: true,
      // Services fork their own entity manager per tenant transaction (TenantContext).
      registerRequestContext: false,
    }),
  });
}
