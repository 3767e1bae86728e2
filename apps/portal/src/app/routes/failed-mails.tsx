export { FailedMailsPage as Component } from '@/features/queues/components/FailedMailsPage';
