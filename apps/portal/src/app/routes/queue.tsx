export { QueuePage as Component } from '@/features/queues/components/QueuePage';
