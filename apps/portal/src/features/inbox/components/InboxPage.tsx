import { Alert, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { CombinedError } from 'urql';
import { errorCodeOf, errorMessageKey } from '@/shared/graphql/errors';
import { ReasonForm } from '@/shared/reasons/ReasonForm';
import { Dialog } from '@/shared/ui/Dialog';
import { QueryState } from '@/shared/ui/QueryState';
import type { OfferOrder } from '@/shared/graphql/generated/graphql';
import { useAcceptOffer, useDeclineOffer, usePendingOffers } from '../api/use-offers';
import { OfferCard } from './OfferCard';

/** Pending offers as teasers, a page at a time; the sort, the page and the decline dialog live in the URL (?sort=urgent&after=<cursor>&decline=<id>). */
export function InboxPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { offerId } = useParams();
  const [params, setParams] = useSearchParams();
  const order: OfferOrder = params.get('sort') === 'urgent' ? 'URGENT' : 'NEWEST';
  const after = params.get('after');
  const declining = params.get('decline');
  const { offers, totalCount, pageInfo, fetching, error, refetch } = usePendingOffers(order, after);
  const [acceptState, accept] = useAcceptOffer();
  const [declineState, decline] = useDeclineOffer();
  const [acceptingId, setAcceptingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ error: CombinedError } | { declined: true } | null>(null);

  const setParam = (name: string, value: string | null, replace = true) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(name);
        else next.set(name, value);
        // Another order starts again on its first page.
        if (name === 'sort') next.delete('after');
        return next;
      },
      { replace },
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
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('inbox.title')}
        </Title>
        <SegmentedControl
          aria-label={t('inbox.order')}
          value={order === 'URGENT' ? 'urgent' : 'newest'}
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
        <Text size="sm" c="dimmed">
          {t('inbox.count', { count: totalCount })}
        </Text>
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
        <Group>
          {after && (
            <Button variant="default" onClick={() => setParam('after', null, false)}>
              {t('common.firstPage')}
            </Button>
          )}
          {pageInfo?.hasNextPage && (
            <Button variant="default" onClick={() => setParam('after', pageInfo.endCursor ?? null, false)}>
              {t('common.nextPage')}
            </Button>
          )}
        </Group>
      </QueryState>
      <Dialog opened={declining !== null} onClose={() => setParam('decline', null)} title={t('inbox.declineTitle')}>
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
      </Dialog>
    </Stack>
  );
}
