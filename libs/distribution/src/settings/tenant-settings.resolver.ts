import { Injectable } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  BadUserInputError,
  Clock,
  CurrentActor,
  Policy,
  Tenant,
  TenantContext,
  type TenantSettings,
  assertCan,
} from '@leadrelay/core';
import { type WorkingCalendar, InvalidWorkingCalendarError, assertValidCalendar, businessHoursBetween } from '../deadlines';
import { PartnerTier } from '@leadrelay/partners';
import { acceptanceDeadline, acceptanceHoursOf, calendarOf } from './tenant-calendar';
import { TenantSettingsModel, TierDeadlineModel, TierHoursInput, UpdateTenantSettingsInput } from './tenant-settings.model';

@Injectable()
export class TenantSettingsService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
  ) {}

  get(actor: Actor): Promise<TenantSettingsModel> {
    return this.tenants.run(actor, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: actor.tenantId });
      assertCan(actor.ability, 'read', tenant);
      return TenantSettingsModel.from(tenant);
    });
  }

  /** Per tier, the deadline distributeLead would set for an offer made now (the distribute dialog's preview). */
  deadlinePreview(actor: Actor): Promise<TierDeadlineModel[]> {
    return this.tenants.run(actor, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: actor.tenantId });
      assertCan(actor.ability, 'read', tenant);
      const now = this.clock.now();
      return [PartnerTier.GOLD, PartnerTier.SILVER, PartnerTier.BRONZE].map((tier) => ({
        tier,
        businessHours: acceptanceHoursOf(tenant, tier),
        expiresAt: acceptanceDeadline(tenant, tier, now),
      }));
    });
  }

  update(actor: Actor, input: UpdateTenantSettingsInput): Promise<TenantSettingsModel> {
    return this.tenants.run(actor, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: actor.tenantId });
      assertCan(actor.ability, 'update', tenant);
      const { timeZone, acceptanceHoursByTier, ...rest } = input;
      const changes = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
      const tiers = acceptanceHoursByTier
        ? TierHoursInput.toStored(acceptanceHoursByTier)
        : tenant.settings().acceptanceHoursByTier;
      tenant.storedSettings = { ...tenant.storedSettings, ...changes, acceptanceHoursByTier: tiers };
      if (timeZone) tenant.timeZone = timeZone;
      try {
        assertValidCalendar(calendarOf(tenant));
      } catch (error) {
        if (error instanceof InvalidWorkingCalendarError) throw BadUserInputError.of(error.field, error.message);
        throw error;
      }
      this.assertPeriodsWithinAYear(tenant.settings(), calendarOf(tenant));
      await em.flush();
      return TenantSettingsModel.from(tenant);
    });
  }

  /**
   * No period may put a deadline more than a year ahead (the bound of an explicit deadline, too):
   * 2000 hours in a calendar of one short day a week would otherwise count decades of weeks.
   */
  private assertPeriodsWithinAYear(settings: TenantSettings, calendar: WorkingCalendar): void {
    const now = this.clock.now();
    const yearHours = businessHoursBetween(now, new Date(now.getTime() + 365 * 24 * 3_600_000), calendar);
    const periods: [string, number | undefined][] = [
      ['acceptanceHours', settings.acceptanceHours],
      ...Object.entries(settings.acceptanceHoursByTier).map(([tier, hours]): [string, number | undefined] => [
        `acceptanceHoursByTier.${tier}`,
        hours,
      ]),
      ['firstContactHours', settings.firstContactHours],
      ['escalationHours', settings.escalationHours],
    ];
    for (const [field, hours] of periods) {
      if (typeof hours === 'number' && hours > yearHours) {
        throw BadUserInputError.of(
          field,
          `${field} of ${hours} business hours would put a deadline more than a year ahead: this calendar has ${Math.floor(yearHours)} business hours a year. Shorten the period or add working days or hours.`,
        );
      }
    }
  }
}

@Resolver(() => TenantSettingsModel)
export class TenantSettingsResolver {
  constructor(private readonly settings: TenantSettingsService) {}

  @Query(() => TenantSettingsModel, {
    description: 'Acceptance and work periods, working calendar and reminders (vendor users).',
  })
  @Policy.can('read', 'Tenant')
  tenantSettings(@CurrentActor() actor: Actor): Promise<TenantSettingsModel> {
    return this.settings.get(actor);
  }

  @Query(() => [TierDeadlineModel], {
    description:
      "Per partner tier, the acceptance deadline distributeLead would set for an offer made now, in the tenant's business hours (vendor users).",
  })
  @Policy.can('read', 'Tenant')
  offerDeadlinePreview(@CurrentActor() actor: Actor): Promise<TierDeadlineModel[]> {
    return this.settings.deadlinePreview(actor);
  }

  @Mutation(() => TenantSettingsModel, {
    description: 'Changes how the tenant runs its channel (vendor admins); offers already made keep their deadlines.',
  })
  @Policy.can('update', 'Tenant')
  updateTenantSettings(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The settings to change.' }) input: UpdateTenantSettingsInput,
  ): Promise<TenantSettingsModel> {
    return this.settings.update(actor, input);
  }
}
