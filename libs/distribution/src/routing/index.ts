export * from './candidate-filters';
export * from './fair-share';
export { CandidatePartnersService } from './candidate-partners.service';
export { PartnerAbsence } from './partner-absence.entity';
export { RoutingPolicy } from './routing-policy.entity';
export { routingAbilities } from './routing.abilities';
export * from './routing-rules';
export { LeadRouter, HoldReason, type RoutingDecision } from './lead-router';
export { LeadReofferService } from './lead-reoffer.service';
