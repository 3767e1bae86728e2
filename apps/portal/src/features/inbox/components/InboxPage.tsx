import { Alert, Group, Modal, SegmentedControl, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { CombinedError } from 'urql';
import { errorCodeOf, errorMessageKey } from '@/shared/graphql/errors';
import { ReasonForm } from '@/shared/reasons/ReasonForm';
import { QueryState } from '@/shared/ui/QueryState';
import { type InboxOrder, useAcceptOffer, useDeclineOffer, usePendingOffers } from '../api/use-offers';
import { OfferCard } from './OfferCard';

/** Pending offers as teasers; the sort and the decline dialog live in the URL (?sort=urgent&decline=<id>). */
export function InboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { offerId } = useParams();
  const [params, setParams] = useSearchParams();
  const order: InboxOrder = params.get('sort') === 'urgent' ? 'urgent' : 'newest';
  const declining = params.get('decline');
  const { offers, fetching, error, refetch } = usePendingOffers(order);
  const [acceptState, accept] = useAcceptOffer();
  const [declineState, decline] = useDeclineOffer();
  const [acceptingId, setAcceptingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ error: CombinedError } | { declined: true } | null>(null);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  const onAccept = async (id: string) => {
    setAcceptingId(id);
    setNotice(null);
    const result = await accept({ id });
    setAcceptingId(null);
    if (result.data) {
      void navigate(`/leads/${result.data.acceptOffer.leadId}`);
      return;
    }
    if (result.error) setNotice({ error: result.error });
    refetch();
  };

  const onDecline = async (values: { reasonCode: string; comment?: string }) => {
    if (!declining) return;
    const result = await decline({ input: { offerId: declining, ...values } });
    if (result.data) {
      setParam('decline', null);
      setNotice({ declined: true });
      refetch();
    }
  };

  const gone = notice && 'error' in notice ? errorCodeOf(notice.error) : undefined;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('inbox.title')}
        </Title>
        <SegmentedControl
          aria-label={t('inbox.order')}
          value={order}
          onChange={(value) => setParam('sort', value === 'urgent' ? 'urgent' : null)}
          data={[
            { value: 'newest', label: t('inbox.newestFirst') },
            { value: 'urgent', label: t('inbox.urgentFirst') },
          ]}
        />
      </Group>
      {notice && 'error' in notice && (
        <Alert color={gone === 'OFFER_TAKEN' ? 'grape' : 'red'} role="alert" title={t('inbox.notAccepted')}>
          {t(errorMessageKey(notice.error))}
        </Alert>
      )}
      {notice && 'declined' in notice && (
        <Alert color="teal" role="status">
          {t('inbox.declined')}
        </Alert>
      )}
      <QueryState fetching={fetching} error={error} empty={offers.length === 0} emptyText={t('inbox.empty')}>
        {offers.map((offer) => (
          <OfferCard
            key={offer.id}
            offer={offer}
            highlighted={offer.id === offerId}
            accepting={acceptState.fetching && acceptingId === offer.id}
            onAccept={() => void onAccept(offer.id)}
            onDecline={() => setParam('decline', offer.id)}
          />
        ))}
      </QueryState>
      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={declining !== null}
        onClose={() => setParam('decline', null)}
        title={t('inbox.declineTitle')}
      >
        {declining && (
          <ReasonForm
            kind="DECLINE"
            submitLabel={t('inbox.decline')}
            fetching={declineState.fetching}
            error={declineState.error}
            onSubmit={(values) => void onDecline(values)}
            onCancel={() => setParam('decline', null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
