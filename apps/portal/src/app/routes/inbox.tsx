export { InboxPage as Component } from '@/features/inbox/components/InboxPage';
