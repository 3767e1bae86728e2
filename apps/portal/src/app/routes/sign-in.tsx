export { SignInPage as Component } from '@/features/auth/components/SignInPage';
