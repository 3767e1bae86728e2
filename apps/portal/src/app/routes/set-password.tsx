export { SetPasswordPage as Component } from '@/features/auth/components/SetPasswordPage';
