import { Alert, Anchor, Button, PasswordInput, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type TenantChoice, errorCodeOf, errorMessageKey, tenantChoices } from '@/shared/graphql/errors';
import { CenteredCard } from '@/shared/ui/CenteredCard';
import { useSignIn } from '../api/use-sign-in';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [state, signIn] = useSignIn();
  const [tenants, setTenants] = useState<TenantChoice[]>([]);
  const form = useForm({
    initialValues: { email: '', password: '', tenantId: '' },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value) ? null : t('auth.emailInvalid')),
      password: (value) => (value ? null : t('auth.passwordRequired')),
      tenantId: (value) => (tenants.length > 0 && !value ? t('auth.chooseVendor') : null),
    },
  });

  const submit = form.onSubmit(async ({ email, password, tenantId }) => {
    const result = await signIn({ email, password, tenantId: tenantId || undefined });
    if (result.data) {
      const next = params.get('next');
      void navigate(next?.startsWith('/') ? next : '/', { replace: true });
      return;
    }
    const choices = tenantChoices(result.error);
    if (choices.length > 0) setTenants(choices);
  });

  const code = errorCodeOf(state.error);
  const problem = state.error && code !== 'TENANT_REQUIRED' ? t(errorMessageKey(state.error)) : null;

  return (
    <CenteredCard title={t('auth.signInTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {params.get('passwordSet') && <Alert color="teal">{t('auth.passwordSetSignIn')}</Alert>}
          {problem && (
            <Alert color="red" role="alert">
              {code === 'UNAUTHENTICATED' ? t('auth.wrongCredentials') : problem}
            </Alert>
          )}
          <TextInput label={t('auth.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          {tenants.length > 0 && (
            <Radio.Group
              label={t('auth.chooseVendor')}
              description={t('auth.chooseVendorHint')}
              required
              {...form.getInputProps('tenantId')}
            >
              <Stack gap="xs" mt="xs">
                {tenants.map((tenant) => (
                  <Radio key={tenant.tenantId} value={tenant.tenantId} label={tenant.name} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Button type="submit" loading={state.fetching}>
            {t('auth.signIn')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('auth.forgotPassword')}
          </Anchor>
        </Stack>
      </form>
    </CenteredCard>
  );
}
