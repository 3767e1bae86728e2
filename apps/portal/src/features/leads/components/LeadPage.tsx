import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useFormat } from '@/shared/i18n/use-format';
import { Dialog } from '@/shared/ui/Dialog';
import { ErrorAlert, QueryState } from '@/shared/ui/QueryState';
import { isPartnerSide, useViewer } from '@/shared/viewer/viewer';
import { LEAD_ACTIONS, type LeadMove, actionFromParam, actionParam } from '../api/lead-actions';
import { useLead, useLeadOffers, useWithdrawOffer } from '../api/use-leads';
import { HistoryTimeline } from './HistoryTimeline';
import { LeadMoveForm } from './LeadMoveForms';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Facts({ rows }: { rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  return (
    <Stack gap={4}>
      {shown.map(([label, value]) => (
        <Text key={label} size="sm">
          <Text span c="dimmed">
            {label}:
          </Text>{' '}
          {value}
        </Text>
      ))}
    </Stack>
  );
}

/** A lead: contact, company, interest, history, and the moves the API allows the viewer (?action=... opens one). */
export function LeadPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const viewer = useViewer();
  const navigate = useNavigate();
  const { leadId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { lead, fetching, error, refetch } = useLead(leadId);
  const vendor = !isPartnerSide(viewer);
  const offers = useLeadOffers(leadId, !vendor);
  const [withdrawn, withdraw] = useWithdrawOffer();
  const open = actionFromParam(params.get('action'));
  const setAction = (action: LeadMove | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (action) next.set('action', actionParam(action));
        else next.delete('action');
        return next;
      },
      { replace: true },
    );

  const actions = LEAD_ACTIONS.filter((action) => lead?.allowedActions.includes(action));

  return (
    <QueryState fetching={fetching} error={error} empty={!lead}>
      {lead && (
        <Stack>
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Title order={1} size="h2">
                {lead.company.name}
              </Title>
              <Group gap="xs" role="group" aria-label={t('leads.stage')}>
                <Badge size="lg" variant="light">
                  {t(`enum.LeadStage.${lead.stage}`)}
                </Badge>
                {lead.progressStage && <Badge variant="outline">{t(`enum.ProgressStage.${lead.progressStage}`)}</Badge>}
                {lead.existingCustomer && <Badge color="grape">{t('lead.existingCustomer')}</Badge>}
              </Group>
            </Stack>
            <Group gap="xs" role="group" aria-label={t('lead.moves')}>
              {actions.map((action) => (
                <Button
                  key={action}
                  variant={action === 'CLOSE_WON' || action === 'DISTRIBUTE' ? 'filled' : 'light'}
                  onClick={() => setAction(action)}
                >
                  {t(`moves.${action}`)}
                </Button>
              ))}
            </Group>
          </Group>
          <Grid>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Section title={t('lead.contact')}>
                <Facts
                  rows={[
                    [t('lead.name'), [lead.contact.firstName, lead.contact.lastName].filter(Boolean).join(' ')],
                    [t('lead.position'), lead.contact.position],
                    [
                      t('lead.email'),
                      lead.contact.email && <Anchor href={`mailto:${lead.contact.email}`}>{lead.contact.email}</Anchor>,
                    ],
                    [
                      t('lead.phone'),
                      lead.contact.phone && <Anchor href={`tel:${lead.contact.phone}`}>{lead.contact.phone}</Anchor>,
                    ],
                    [t('lead.decisionMaker'), lead.contact.decisionMaker ? t('common.yes') : null],
                  ]}
                />
              </Section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Section title={t('lead.company')}>
                <Facts
                  rows={[
                    [
                      t('lead.address'),
                      [
                        lead.company.street,
                        [lead.company.postalCode, lead.company.city].filter(Boolean).join(' '),
                        lead.company.country,
                      ]
                        .filter(Boolean)
                        .join(', '),
                    ],
                    [t('lead.industry'), lead.company.industry],
                    [t('lead.size'), lead.company.employeeBand && t(`enum.EmployeeBand.${lead.company.employeeBand}`)],
                    [t('lead.website'), lead.company.website],
                  ]}
                />
              </Section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Section title={t('lead.interest')}>
                <Facts
                  rows={[
                    [t('lead.requestType'), t(`enum.RequestType.${lead.interest.requestType}`)],
                    [t('lead.productLine'), lead.interest.productLine],
                    [t('lead.budget'), lead.interest.budget != null ? format.number(lead.interest.budget) : null],
                    [t('lead.timeframe'), lead.interest.timeframe],
                    [t('lead.description'), lead.interest.description],
                    [t('lead.source'), t(`enum.LeadSource.${lead.source}`)],
                    [t('lead.score'), [lead.score, lead.grade].filter((v) => v != null).join(' · ')],
                  ]}
                />
              </Section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Section title={t('lead.work')}>
                <Facts
                  rows={[
                    [t('lead.holder'), lead.holdingPartner?.name],
                    [t('lead.owner'), lead.owner?.name],
                    [t('lead.acceptedAt'), lead.acceptedAt && format.dateTime(lead.acceptedAt)],
                    [t('lead.lastProgressAt'), lead.lastProgressAt && format.dateTime(lead.lastProgressAt)],
                    [t('lead.nextStepAt'), lead.nextStepAt && format.date(lead.nextStepAt)],
                    [
                      t('lead.won'),
                      lead.won &&
                        `${format.money(lead.won.amount, lead.won.currency)} · ${format.date(`${lead.won.closedOn}T12:00:00Z`)}`,
                    ],
                    [t('lead.lostTo'), lead.lostToCompetitor],
                    [t('lead.followUp'), lead.pendingFollowUp && t(`enum.ReasonFollowUp.${lead.pendingFollowUp}`)],
                  ]}
                />
              </Section>
            </Grid.Col>
            {vendor && (
              <Grid.Col span={{ base: 12, md: 6 }}>
                <Section title={t('lead.offers')}>
                  {withdrawn.error && <ErrorAlert error={withdrawn.error} />}
                  {offers.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('lead.noOffers')}
                    </Text>
                  ) : (
                    <Table>
                      <Table.Tbody>
                        {offers.map((offer) => (
                          <Table.Tr key={offer.id}>
                            <Table.Td>{offer.partner.name}</Table.Td>
                            <Table.Td>{t(`enum.OfferStatus.${offer.status}`)}</Table.Td>
                            <Table.Td>{t(`enum.DistributionMode.${offer.mode}`)}</Table.Td>
                            <Table.Td>{format.dateTime(offer.expiresAt)}</Table.Td>
                            <Table.Td>
                              {offer.allowedActions.includes('WITHDRAW') && (
                                <Button
                                  size="compact-sm"
                                  variant="subtle"
                                  color="red"
                                  loading={withdrawn.fetching && withdrawn.operation?.variables.id === offer.id}
                                  aria-label={t('lead.withdrawOfferTo', { partner: offer.partner.name })}
                                  onClick={async () => {
                                    const result = await withdraw({ id: offer.id });
                                    if (result.data) refetch();
                                  }}
                                >
                                  {t('lead.withdrawOffer')}
                                </Button>
                              )}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </Section>
              </Grid.Col>
            )}
            {vendor && lead.duplicates.length > 0 && (
              <Grid.Col span={12}>
                <Section title={t('lead.duplicates')}>
                  <Stack gap={4}>
                    {lead.duplicates.map((d) => (
                      <Text key={d.leadId} size="sm">
                        <Anchor component={Link} to={`/leads/${d.leadId}`}>
                          {d.companyName}
                        </Anchor>{' '}
                        · {t(`enum.LeadStage.${d.stage}`)} · {d.matchedOn.join(', ')}
                      </Text>
                    ))}
                  </Stack>
                </Section>
              </Grid.Col>
            )}
            <Grid.Col span={12}>
              <Section title={t('lead.history')}>
                <HistoryTimeline events={lead.events} />
              </Section>
            </Grid.Col>
          </Grid>
          <Dialog opened={open !== null} onClose={() => setAction(null)} title={open ? t(`moves.${open}`) : undefined}>
            {open && (
              <LeadMoveForm
                action={open}
                lead={lead}
                // A returned lead is no longer the partner's to see: back to the list.
                onDone={(moved) => (moved && open === 'RETURN' && !vendor ? void navigate('/leads') : setAction(null))}
              />
            )}
          </Dialog>
        </Stack>
      )}
    </QueryState>
  );
}
