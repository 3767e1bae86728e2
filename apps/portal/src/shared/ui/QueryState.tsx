import { Alert, Center, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorMessageKey } from '../graphql/errors';

interface Props {
  fetching: boolean;
  error?: CombinedError;
  empty?: boolean;
  emptyText?: string;
  children: ReactNode;
}

/** Every list's three other states: loading, failed, empty. */
export function QueryState({ fetching, error, empty, emptyText, children }: Props) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} />;
  if (fetching && empty !== false)
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (empty)
    return (
      <Text c="dimmed" py="lg">
        {emptyText ?? t('common.empty')}
      </Text>
    );
  return <>{children}</>;
}

/** A failed request, said in the catalog's words for its `extensions.code`. */
export function ErrorAlert({ error, title }: { error: CombinedError; title?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={title ?? t('common.errorTitle')}>
      {t(errorMessageKey(error))}
    </Alert>
  );
}
