import type { en } from './en';

export type EventLabelKey = `events.${keyof (typeof en)['events']}`;

const KNOWN = new Set<string>([
  'lead.created',
  'lead.qualified',
  'lead.disqualified',
  'lead.routed_direct',
  'lead.routed',
  'lead.offered',
  'offer.reminded',
  'offer.accepted',
  'offer.declined',
  'offer.expired',
  'offer.withdrawn',
  'offer.closed',
  'lead.unplaced',
  'lead.reminded',
  'lead.escalated',
  'lead.scored',
  'lead.assigned',
  'lead.progressed',
  'lead.returned',
  'lead.won',
  'lead.lost',
  'lead.nurtured',
  'lead.contact_revealed',
  'lead.erased',
  'lead.updated',
]);

/** The catalog key of a history line's type (`offer.accepted` -> `events.offer_accepted`), null for one the catalog lacks. */
export function eventLabelKey(type: string): EventLabelKey | null {
  return KNOWN.has(type) ? (`events.${type.replace('.', '_')}` as EventLabelKey) : null;
}
