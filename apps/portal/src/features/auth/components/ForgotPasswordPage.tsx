import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessageKey } from '@/shared/graphql/errors';
import { CenteredCard } from '@/shared/ui/CenteredCard';
import { useRequestPasswordReset } from '../api/use-password';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [state, request] = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (value) => (/^\S+@\S+$/.test(value) ? null : t('auth.emailInvalid')) },
  });
  const submit = form.onSubmit(({ email }) => void request({ input: { email } }));

  return (
    <CenteredCard title={t('auth.forgotTitle')}>
      {state.data ? (
        <Stack>
          <Alert color="teal">{t('auth.resetSent')}</Alert>
          <Anchor component={Link} to="/login">
            {t('auth.backToSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {state.error && (
              <Alert color="red" role="alert">
                {t(errorMessageKey(state.error))}
              </Alert>
            )}
            <TextInput label={t('auth.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
            <Button type="submit" loading={state.fetching}>
              {t('auth.sendResetLink')}
            </Button>
            <Anchor component={Link} to="/login" size="sm">
              {t('auth.backToSignIn')}
            </Anchor>
          </Stack>
        </form>
      )}
    </CenteredCard>
  );
}
