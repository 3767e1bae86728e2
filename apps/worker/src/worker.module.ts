import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type AppConfig, ConfigModule, CoreModule, JobsModule, databaseModule } from '@leadrelay/core';
import { DistributionModule } from '@leadrelay/distribution';
import { Membership, Session, User } from '@leadrelay/identity';
import { LeadsModule } from '@leadrelay/leads';
import { NotificationsModule } from '@leadrelay/notifications';
import { WorkerJobs } from './worker-jobs';

/**
 * The background worker: no GraphQL, the same domain libraries and database as the API. It acts
 * as LeadRelay itself, never as a logged-in person, so it has the identity entities but not the
 * identity module: that module's JWT strategy registers itself with passport, process-wide, and
 * in `npm start` (API and worker in one process) it would stand in for the API's own.
 */
@Module({
  imports: [
    databaseModule(),
    CoreModule,
    JobsModule.forRoot({ poolSize: 6, supervise: true }),
    MikroOrmModule.forFeature([User, Membership, Session]),
    DistributionModule,
    LeadsModule,
    NotificationsModule,
  ],
  providers: [WorkerJobs],
})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [ConfigModule.forRoot(config)] };
  }
}
