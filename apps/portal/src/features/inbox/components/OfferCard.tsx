import { Badge, Button, Card, Flex, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/shared/i18n/use-format';
import { Deadline } from '@/shared/ui/Deadline';
import type { PendingOffer } from '../api/use-offers';

interface Props {
  offer: PendingOffer;
  highlighted: boolean;
  accepting: boolean;
  onAccept: () => void;
  onDecline: () => void;
}

/** An offer's teaser: what a partner may know before accepting, never the contact or the exact address. */
export function OfferCard({ offer, highlighted, accepting, onAccept, onDecline }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { teaser } = offer;
  const region = [teaser.country, teaser.postalArea && t('inbox.postalArea', { area: teaser.postalArea }), teaser.city]
    .filter(Boolean)
    .join(' · ');
  const title = [teaser.industry ?? t('inbox.unknownIndustry'), region].join(', ');
  const facts: [string, string | null | undefined][] = [
    [t('inbox.companySize'), teaser.companySize && t(`enum.EmployeeBand.${teaser.companySize}`)],
    [t('inbox.interest'), [t(`enum.RequestType.${teaser.requestType}`), teaser.productLine].filter(Boolean).join(': ')],
    [t('inbox.budget'), teaser.budget != null ? format.number(teaser.budget) : null],
    [t('inbox.timeframe'), teaser.timeframe],
    [t('inbox.score'), teaser.score != null ? `${teaser.score}${teaser.grade ? ` · ${teaser.grade}` : ''}` : teaser.grade],
    [t('inbox.cell'), teaser.cell],
    [t('inbox.source'), t(`enum.LeadSource.${teaser.source}`)],
  ];
  return (
    <Card
      withBorder
      shadow={highlighted ? 'md' : 'xs'}
      radius="md"
      component="article"
      aria-label={title}
      bd={highlighted ? '2px solid teal' : undefined}
    >
      <Stack gap="sm">
        {/* On a phone the badge goes above the title, uncut; from xs on it sits at the right. */}
        <Flex direction={{ base: 'column-reverse', xs: 'row' }} justify="space-between" align="flex-start" gap="xs">
          <Text fw={600} component="h2" size="lg" m={0}>
            {title}
          </Text>
          <Badge color={offer.mode === 'EXCLUSIVE' ? 'teal' : 'grape'} variant="light" style={{ flexShrink: 0 }}>
            {t(`enum.DistributionMode.${offer.mode}`)}
          </Badge>
        </Flex>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <Text key={label} size="sm">
                <Text span c="dimmed">
                  {label}:
                </Text>{' '}
                {value}
              </Text>
            ))}
        </SimpleGrid>
        <Deadline at={offer.expiresAt} label={t('inbox.answerBy')} />
        <Group>
          {offer.allowedActions.includes('ACCEPT') && (
            <Button onClick={onAccept} loading={accepting}>
              {t('inbox.accept')}
            </Button>
          )}
          {offer.allowedActions.includes('DECLINE') && (
            <Button variant="default" onClick={onDecline}>
              {t('inbox.decline')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
