import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AbilitiesModule, AppConfig, ConfigModule, CoreModule, JobsModule, databaseModule } from '@leadrelay/core';
import { IdentityModule, membershipAbilities, tenantAbilities } from '@leadrelay/identity';
import { LeadsModule, leadAbilities, scoringAbilities } from '@leadrelay/leads';
import { DistributionModule, lifecycleAbilities, routingAbilities } from '@leadrelay/distribution';
import { NotificationsModule, webhookAbilities } from '@leadrelay/notifications';
import { PartnersModule, partnerAbilities } from '@leadrelay/partners';
import { PolicyGuard } from './auth/policy.guard';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthController } from './health.controller';
import { GracefulShutdown } from './http/graceful-shutdown';
import { portalModule } from './portal';

/** Every lib's permission rules, combined into each actor's ability. */
export const ABILITY_RULE_SETS = [
  tenantAbilities,
  partnerAbilities,
  membershipAbilities,
  leadAbilities,
  lifecycleAbilities,
  scoringAbilities,
  routingAbilities,
  webhookAbilities,
];

@Module({
  imports: [
    databaseModule(),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: graphqlOptions,
    }),
    CoreModule,
    // The API only sends jobs; the worker works them and supervises the queues.
    JobsModule.forRoot({ poolSize: 2, supervise: false }),
    AbilitiesModule.forRoot(ABILITY_RULE_SETS),
    PartnersModule,
    IdentityModule,
    LeadsModule,
    DistributionModule,
    NotificationsModule,
  ],
  controllers: [HealthController],
  providers: [{ provide: APP_GUARD, useClass: PolicyGuard }, GracefulShutdown],
})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ApiModule, imports: [ConfigModule.forRoot(config), ...portalModule()] };
  }
}
