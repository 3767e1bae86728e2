import { Injectable } from '@nestjs/common';
import type { FilterQuery } from '@mikro-orm/core';
import { type Actor, type Page, TenantContext, paginate } from '@leadrelay/core';
import { Offer } from './offer.entity';
import { OfferModel } from './offer.model';
import type { OffersArgs } from './offer.args';

/** The partner's inbox (its own offers, newest first) and the vendor's view of all offers. */
@Injectable()
export class OfferService {
  constructor(private readonly tenants: TenantContext) {}

  list(actor: Actor, args: OffersArgs): Promise<Page<OfferModel>> {
    return this.tenants.run(actor, (em) => {
      const where: FilterQuery<Offer> = {
        tenantId: actor.tenantId,
        ...(actor.partnerId ? { partner: actor.partnerId } : {}),
        ...(args.filter?.status?.length ? { status: { $in: args.filter.status } } : {}),
        ...(args.filter?.leadId ? { lead: args.filter.leadId } : {}),
      };
      return paginate(
        em,
        Offer,
        args,
        {
          where,
          orderBy: { offeredAt: 'desc', id: 'desc' },
          populate: ['lead.holdingPartner', 'lead.owner', 'partner', 'round', 'declineReason'],
        },
        (offer) => OfferModel.from(offer, actor),
      );
    });
  }
}
