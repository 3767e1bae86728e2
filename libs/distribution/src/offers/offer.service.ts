import { Injectable } from '@nestjs/common';
import { type FilterQuery, QueryOrder, type QueryOrderMap } from '@mikro-orm/core';
import { type Actor, type Page, TenantContext, paginate } from '@leadrelay/core';
import { Offer } from './offer.entity';
import { OfferModel } from './offer.model';
import { OfferOrder, type OffersArgs } from './offer.args';
import { FIELDS_BEYOND_LEAN_OFFER, leanOfferPage } from './offer-reads';

/** What a request asks of the list: the fields of its items, and whether `totalCount`. */
export interface OfferSelection {
  nodeFields: ReadonlySet<string>;
  totalCount: boolean;
}

const ORDER: Record<OfferOrder, QueryOrderMap<Offer>> = {
  [OfferOrder.NEWEST]: { offeredAt: QueryOrder.DESC, id: QueryOrder.DESC },
  [OfferOrder.URGENT]: { expiresAt: QueryOrder.ASC, id: QueryOrder.ASC },
};

/** The partner's inbox (its own offers, newest or most urgent first) and the vendor's view of all offers. */
@Injectable()
export class OfferService {
  constructor(private readonly tenants: TenantContext) {}

  /**
   * The page as a lean read (offer-reads.ts, in `TenantContext.read`) unless an item asks for the full lead or the reason
   * code; then as entities, populated for the page at once.
   */
  list(actor: Actor, args: OffersArgs, selection?: OfferSelection): Promise<Page<OfferModel>> {
    if (selection && !FIELDS_BEYOND_LEAN_OFFER.some((field) => selection.nodeFields.has(field))) {
      return this.tenants.read(actor, (read) => leanOfferPage(read, actor, args, selection.totalCount));
    }
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
