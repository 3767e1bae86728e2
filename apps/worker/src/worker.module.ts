import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, ConfigModule, CoreModule, databaseModule } from '@leadrelay/core';

/** The background worker: no GraphQL, the same domain libraries and database as the API. */
@Module({
  imports: [databaseModule(), CoreModule],
})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config)] };
  }
}
