export { WebhooksPage as Component } from '@/features/configuration/components/WebhooksPage';
