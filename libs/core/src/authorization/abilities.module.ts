import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ABILITY_RULES, type AbilityRules } from './app-ability';

/**
 * Collects the domain libs' rules (`partner.abilities.ts`, `lead.abilities.ts`, ...) in the app
 * that knows all libs; identity builds each actor's ability from them.
 */
@Global()
@Module({})
export class AbilitiesModule {
  static forRoot(rules: readonly AbilityRules[]): DynamicModule {
    return { module: AbilitiesModule, providers: [{ provide: ABILITY_RULES, useValue: rules }], exports: [ABILITY_RULES] };
  }
}
