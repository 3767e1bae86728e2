import { Badge, Button, Code, Group, MultiSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WebhookEndpointFieldsFragment } from '@/shared/graphql/generated/graphql';
import { eventLabelKey } from '@/shared/i18n/event-label';
import { useFormat } from '@/shared/i18n/use-format';
import { Dialog } from '@/shared/ui/Dialog';
import { Pager } from '@/shared/ui/Pager';
import { DataTable } from '@/shared/ui/DataTable';
import { ErrorAlert } from '@/shared/ui/QueryState';
import { ShownOnceSecret } from '@/shared/ui/ShownOnceSecret';
import { useServerErrors } from '@/shared/ui/use-server-errors';
import {
  useCreateWebhookEndpoint,
  useDisableWebhookEndpoint,
  useEnableWebhookEndpoint,
  useRotateWebhookSecret,
  useSendTestWebhook,
  useWebhookDeliveries,
  useWebhookEndpoints,
  useWebhookEventTypes,
} from '../api/use-webhooks';

type Endpoint = WebhookEndpointFieldsFragment;

/** An event type in the catalog's words; the type itself for one the catalog lacks. */
function eventLabel(t: TFunction, type: string): string {
  const key = eventLabelKey(type);
  return key ? t(key) : type;
}

/** The endpoints of the vendor's own systems that receive lead events (vendor admins): each secret shown once. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const { endpoints, pageInfo, fetching, error } = useWebhookEndpoints(after);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [rotating, setRotating] = useState<Endpoint | null>(null);
  const [watching, setWatching] = useState<Endpoint | null>(null);
  const [enabled, enable] = useEnableWebhookEndpoint();
  const [disabled, disable] = useDisableWebhookEndpoint();
  const switchError = enabled.error ?? disabled.error;

  const closeCreate = () => {
    setCreating(false);
    setSecret(null);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('webhooks.title')}
        </Title>
        <Button onClick={() => setCreating(true)}>{t('webhooks.new')}</Button>
      </Group>
      <Text c="dimmed">{t('webhooks.hint')}</Text>
      <Dialog opened={creating} onClose={closeCreate} title={secret ? t('webhooks.createdTitle') : t('webhooks.new')} size="lg">
        {secret ? (
          <ShownSecret secret={secret} onDone={closeCreate} />
        ) : (
          <EndpointForm onCancel={() => setCreating(false)} onCreated={setSecret} />
        )}
      </Dialog>
      <Dialog opened={rotating !== null} onClose={() => setRotating(null)} title={t('webhooks.rotateTitle')} size="lg">
        {rotating && <Rotate endpoint={rotating} onDone={() => setRotating(null)} />}
      </Dialog>
      <Dialog opened={watching !== null} onClose={() => setWatching(null)} title={t('webhooks.deliveriesTitle')} size="xl">
        {watching && <Deliveries endpoint={watching} />}
      </Dialog>
      {switchError && <ErrorAlert error={switchError} />}
      <DataTable
        fetching={fetching}
        error={error}
        empty={endpoints.length === 0}
        emptyText={t('webhooks.empty')}
        minWidth={820}
        columns={[t('webhooks.url'), t('webhooks.eventTypes'), t('webhooks.status'), t('webhooks.actions')]}
      >
        {endpoints.map((endpoint) => (
          <Table.Tr key={endpoint.id}>
            <Table.Td style={{ wordBreak: 'break-all' }}>
              {endpoint.url}
              {endpoint.description && (
                <Text size="xs" c="dimmed">
                  {endpoint.description}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{endpoint.eventTypes.map((type) => eventLabel(t, type)).join(', ')}</Text>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={endpoint.status === 'ENABLED' ? 'teal' : 'gray'} style={{ minWidth: 'max-content' }}>
                {t(`enum.WebhookEndpointStatus.${endpoint.status}`)}
              </Badge>
              {endpoint.disabledReason && (
                <Text size="xs" c="dimmed">
                  {t(`enum.WebhookDisabledReason.${endpoint.disabledReason}`)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={`${t('webhooks.deliveries')}: ${endpoint.url}`}
                  onClick={() => setWatching(endpoint)}
                >
                  {t('webhooks.deliveries')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={`${t('webhooks.rotate')}: ${endpoint.url}`}
                  onClick={() => setRotating(endpoint)}
                >
                  {t('webhooks.rotate')}
                </Button>
                {endpoint.status === 'ENABLED' ? (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    aria-label={`${t('webhooks.disable')}: ${endpoint.url}`}
                    loading={disabled.fetching}
                    onClick={() => void disable({ id: endpoint.id })}
                  >
                    {t('webhooks.disable')}
                  </Button>
                ) : (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-label={`${t('webhooks.enable')}: ${endpoint.url}`}
                    loading={enabled.fetching}
                    onClick={() => void enable({ id: endpoint.id })}
                  >
                    {t('webhooks.enable')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <Pager after={after} pageInfo={pageInfo} onPage={setAfter} />
    </Stack>
  );
}

function EndpointForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (secret: string) => void }) {
  const { t } = useTranslation();
  const [state, create] = useCreateWebhookEndpoint();
  const eventTypes = useWebhookEventTypes();
  const form = useForm({
    initialValues: { url: '', description: '', eventTypes: [] as string[] },
    validate: {
      url: (value) => (value.trim() ? null : t('newLead.required')),
      eventTypes: (value) => (value.length > 0 ? null : t('webhooks.eventTypesRequired')),
    },
  });
  const general = useServerErrors(form, state.error);
  const submit = form.onSubmit(async (v) => {
    const result = await create({
      input: { url: v.url.trim(), description: v.description.trim() || undefined, eventTypes: v.eventTypes },
    });
    if (result.data) onCreated(result.data.createWebhookEndpoint.secret);
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {general && state.error && <ErrorAlert error={state.error} />}
        <TextInput
          label={t('webhooks.url')}
          description={t('webhooks.urlHint')}
          required
          type="url"
          {...form.getInputProps('url')}
        />
        <TextInput label={t('webhooks.description')} {...form.getInputProps('description')} />
        <MultiSelect
          label={t('webhooks.eventTypes')}
          required
          searchable
          data={eventTypes.map((type) => ({ value: type, label: eventLabel(t, type) }))}
          {...form.getInputProps('eventTypes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={state.fetching}>
            {t('webhooks.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A new signing secret, after a confirmation: the previous one signs beside it for 24 hours. */
function Rotate({ endpoint, onDone }: { endpoint: Endpoint; onDone: () => void }) {
  const { t } = useTranslation();
  const [state, rotate] = useRotateWebhookSecret();
  const secret = state.data?.rotateWebhookSecret.secret;
  if (secret) return <ShownSecret secret={secret} onDone={onDone} />;
  return (
    <Stack>
      {state.error && <ErrorAlert error={state.error} />}
      <Text>{t('webhooks.rotateConfirm', { url: endpoint.url })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button loading={state.fetching} onClick={() => void rotate({ id: endpoint.id })}>
          {t('webhooks.rotate')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The signing secret, once: the receiving system verifies the webhook-signature header with it. */
function ShownSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <ShownOnceSecret
      secret={secret}
      name={t('webhooks.secret')}
      notice={t('webhooks.shownOnce')}
      copyLabel={t('webhooks.copySecret')}
      onDone={onDone}
    >
      <Text size="sm">{t('webhooks.verifyHint')}</Text>
    </ShownOnceSecret>
  );
}

/** An endpoint's deliveries, newest first, and a test event to send. */
function Deliveries({ endpoint }: { endpoint: Endpoint }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [after, setAfter] = useState<string | null>(null);
  const { deliveries, pageInfo, fetching, error, refresh } = useWebhookDeliveries(endpoint.id, after);
  const [sent, send] = useSendTestWebhook();
  return (
    <Stack>
      <Text size="sm" style={{ wordBreak: 'break-all' }}>
        {endpoint.url}
      </Text>
      {sent.error && <ErrorAlert error={sent.error} />}
      <Group>
        <Button loading={sent.fetching} onClick={() => void send({ id: endpoint.id })}>
          {t('webhooks.sendTest')}
        </Button>
        <Button variant="default" onClick={refresh}>
          {t('webhooks.refresh')}
        </Button>
      </Group>
      <DataTable
        fetching={fetching}
        error={error}
        empty={deliveries.length === 0}
        emptyText={t('webhooks.noDeliveries')}
        minWidth={640}
        columns={[
          t('webhooks.sentAt'),
          t('webhooks.eventType'),
          t('webhooks.status'),
          t('webhooks.attempts'),
          t('webhooks.responseCode'),
        ]}
      >
        {deliveries.map((delivery) => (
          <Table.Tr key={delivery.id}>
            <Table.Td>{format.dateTime(delivery.lastAttemptAt ?? delivery.createdAt)}</Table.Td>
            <Table.Td>
              <Code>{delivery.eventType}</Code>
            </Table.Td>
            <Table.Td>
              {t(`enum.WebhookDeliveryStatus.${delivery.status}`)}
              {delivery.lastError && (
                <Text size="xs" c="dimmed">
                  {delivery.lastError}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{format.number(delivery.attempts)}</Table.Td>
            <Table.Td>{delivery.lastResponseCode ?? '–'}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <Pager after={after} pageInfo={pageInfo} onPage={setAfter} />
    </Stack>
  );
}
