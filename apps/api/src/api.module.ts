import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { AppConfig, CoreModule, ormOptions } from '@leadrelay/core';
import { IdentityModule } from '@leadrelay/identity';
import { PartnersModule } from '@leadrelay/partners';
import { PolicyGuard } from './auth/policy.guard';
import { ConfigModule } from './config.module';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthController } from './health.controller';

@Module({
  imports: [
    MikroOrmModule.forRootAsync({
      inject: [AppConfig],
      driver: PostgreSqlDriver,
      useFactory: (config: AppConfig) => ({
        ...ormOptions({ clientUrl: config.DATABASE_URL, entities: [], debug: config.LOG_SQL }),
        autoLoadEntities: true,
        // Services fork their own entity manager per tenant transaction (TenantContext).
        registerRequestContext: false,
      }),
    }),
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig],
      useFactory: graphqlOptions,
    }),
    CoreModule,
    PartnersModule,
    IdentityModule,
  ],
  controllers: [HealthController],
  providers: [{ provide: APP_GUARD, useClass: PolicyGuard }],
})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ApiModule, imports: [ConfigModule.forRoot(config)] };
  }
}
