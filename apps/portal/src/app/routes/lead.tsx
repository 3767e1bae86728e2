export { LeadPage as Component } from '@/features/leads/components/LeadPage';
