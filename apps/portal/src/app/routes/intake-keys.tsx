export { IntakeKeysPage as Component } from '@/features/configuration/components/IntakeKeysPage';
