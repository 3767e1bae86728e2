import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { LeadsModule } from '@leadrelay/leads';
import { DueWorkService } from './deadlines/due-work.service';
import { StaleLeadResolver, StaleLeadService } from './deadlines/stale-leads.resolver';
import { LeadLifecycleResolver } from './lead-lifecycle.resolver';
import { LeadLifecycleService } from './lead-lifecycle.service';
import { LeadActionsResolver } from './lifecycle/lead-actions.resolver';
import { Offer } from './offers/offer.entity';
import { OfferResolver } from './offers/offer.resolver';
import { OfferService } from './offers/offer.service';
import { Round } from './rounds/round.entity';
import { PartnerAbsence } from './routing/partner-absence.entity';
import { RoutingPolicy } from './routing/routing-policy.entity';
import { PartnerRoutingWeightResolver, RoutingResolver } from './routing/routing.resolver';
import { RoutingService } from './routing/routing.service';
import { AutomaticQualificationModule } from './scoring/lifecycle-automatic-qualification';
import { TenantSettingsResolver, TenantSettingsService } from './settings/tenant-settings.resolver';

@Module({
  imports: [MikroOrmModule.forFeature([Round, Offer, PartnerAbsence, RoutingPolicy]), LeadsModule, AutomaticQualificationModule],
  providers: [
    LeadLifecycleService,
    LeadLifecycleResolver,
    LeadActionsResolver,
    OfferService,
    OfferResolver,
    TenantSettingsService,
    TenantSettingsResolver,
    DueWorkService,
    StaleLeadService,
    StaleLeadResolver,
    RoutingService,
    RoutingResolver,
    PartnerRoutingWeightResolver,
  ],
  exports: [LeadLifecycleService, DueWorkService],
})
export class DistributionModule {}
