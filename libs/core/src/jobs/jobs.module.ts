import { type DynamicModule, Global, Module } from '@nestjs/common';
import { JOB_QUEUE_OPTIONS, JobQueue, type JobQueueOptions } from './job-queue';

/** The job queue: the API sends (supervise: false), the worker also works and supervises. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobQueueOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOB_QUEUE_OPTIONS, useValue: options }, JobQueue],
      exports: [JobQueue],
    };
  }
}
