import { type DynamicModule, Module } from '@nestjs/common';
import { AbilitiesModule, type AppConfig, ConfigModule, CoreModule, JobsModule, databaseModule } from '@leadrelay/core';
import { DistributionModule } from '@leadrelay/distribution';
import { IdentityModule } from '@leadrelay/identity';
import { NotificationsModule } from '@leadrelay/notifications';
import { WorkerJobs } from './worker-jobs';

/** The background worker: no GraphQL, the same domain libraries and database as the API. */
@Module({
  imports: [
    databaseModule(),
    CoreModule,
    JobsModule.forRoot({ poolSize: 6, supervise: true }),
    // The worker acts as LeadRelay itself, never as a logged-in person: no abilities to build.
    AbilitiesModule.forRoot([]),
    IdentityModule,
    DistributionModule,
    NotificationsModule,
  ],
  providers: [WorkerJobs],
})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config)] };
  }
}
