export { MembersPage as Component } from '@/features/configuration/components/MembersPage';
