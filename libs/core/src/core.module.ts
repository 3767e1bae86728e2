import { Global, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Clock, SystemClock } from './clock/clock';
import { TenantContext } from './database/tenant-context';
import { RateLimits } from './rate-limits/rate-limits';
import { Tenant } from './tenancy/tenant.entity';

/** Clock and tenant context for every domain lib. The app provides `AppConfig` and the ORM root. */
@Global()
@Module({
  imports: [MikroOrmModule.forFeature([Tenant])],
  providers: [{ provide: Clock, useClass: SystemClock }, TenantContext, RateLimits],
  exports: [Clock, TenantContext, RateLimits],
})
export class CoreModule {}
