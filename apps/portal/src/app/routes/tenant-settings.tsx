export { TenantSettingsPage as Component } from '@/features/configuration/components/TenantSettingsPage';
