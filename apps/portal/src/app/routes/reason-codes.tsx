export { ReasonCodesPage as Component } from '@/features/configuration/components/ReasonCodesPage';
