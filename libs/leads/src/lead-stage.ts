/** Where a lead stands in its life (shared/domain.md, "The lead's life"). */
export enum LeadStage {
  NEW = 'NEW',
  QUALIFIED = 'QUALIFIED',
  NURTURING = 'NURTURING',
  DISQUALIFIED = 'DISQUALIFIED',
  DIRECT = 'DIRECT',
  OFFERED = 'OFFERED',
  UNPLACED = 'UNPLACED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  RETURNED = 'RETURNED',
  WON = 'WON',
  LOST = 'LOST',
}
