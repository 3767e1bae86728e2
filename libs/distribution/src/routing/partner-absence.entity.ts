import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { TenantOwnedEntity, partnerWall } from '@leadrelay/core';
import { Partner } from '@leadrelay/partners';

/**
 * A time in which a partner gets no offers (holidays, a full order book), set by its partner
 * admin or the vendor. It keeps its fair share: back from absence it starts level with the others.
 * A partner's users see its own absences only.
 */
@Entity({ policies: [partnerWall((columns) => `${columns.partnerId} = app_partner_id()`)] })
@Index({ properties: ['tenantId', 'partnerId', 'endsAt'] })
export class PartnerAbsence extends TenantOwnedEntity {
  @ManyToOne(() => Partner, { mapToPk: true, fieldName: 'partner_id', deleteRule: 'cascade' })
  partnerId!: string;

  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Property({ length: 500, nullable: true })
  note?: string | null;

  @Property({ type: 'uuid', nullable: true })
  createdByUserId?: string | null;
}
