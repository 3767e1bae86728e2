import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { errorMessageKey, fieldProblems } from '@/shared/graphql/errors';
import { CenteredCard } from '@/shared/ui/CenteredCard';
import { useSetPassword } from '../api/use-password';

/** The page the invitation and password-reset mails link to: /set-password?token=... */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setPassword] = useSetPassword();
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (value) => (value.length >= 12 ? null : t('auth.passwordTooShort')),
      repeat: (value, values) => (value === values.password ? null : t('auth.passwordsDiffer')),
    },
  });
  const submit = form.onSubmit(async ({ password }) => {
    const result = await setPassword({ input: { token, password } });
    if (result.data?.setPassword) {
      void navigate('/login?passwordSet=1', { replace: true });
      return;
    }
    const problems = fieldProblems(result.error);
    if (problems.password) form.setFieldError('password', problems.password);
  });

  return (
    <CenteredCard title={t('auth.setPasswordTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {!token && <Alert color="red">{t('errors.TOKEN_INVALID')}</Alert>}
          {state.error && !fieldProblems(state.error).password && (
            <Alert color="red" role="alert">
              {t(errorMessageKey(state.error))}
            </Alert>
          )}
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordRule')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('auth.repeatPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('repeat')}
          />
          <Button type="submit" loading={state.fetching} disabled={!token}>
            {t('auth.savePassword')}
          </Button>
          <Anchor component={Link} to="/login" size="sm">
            {t('auth.backToSignIn')}
          </Anchor>
        </Stack>
      </form>
    </CenteredCard>
  );
}
