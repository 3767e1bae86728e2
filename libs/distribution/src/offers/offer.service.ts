import { Injectable } from '@nestjs/common';
import { type FilterQuery, QueryOrder, type QueryOrderMap } from '@mikro-orm/core';
import { type Actor, type Page, TenantContext, paginate } from '@leadrelay/core';
import { Offer } from './offer.entity';
import { OfferModel } from './offer.model';
import { OfferOrder, type OffersArgs } from './offer.args';

const ORDER: Record<OfferOrder, QueryOrderMap<Offer>> = {
  [OfferOrder.NEWEST]: { offeredAt: QueryOrder.DESC, id: QueryOrder.DESC },
  [OfferOrder.URGENT]: { expiresAt: QueryOrder.ASC, id: QueryOrder.ASC },
};

/** The partner's inbox (its own offers, newest or most urgent first) and the vendor's view of all offers. */
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
          orderBy: ORDER[args.orderBy],
          populate: ['lead.holdingPartner', 'lead.owner', 'partner', 'round', 'declineReason'],
        },
        (offer) => OfferModel.from(offer, actor),
      );
    });
  }
}
