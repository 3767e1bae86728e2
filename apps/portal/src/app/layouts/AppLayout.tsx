import { AppShell, Badge, Burger, Button, Group, Menu, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, Outlet, useNavigate } from 'react-router';
import { useInboxCount } from '@/features/inbox/api/use-inbox-count';
import { useFailedMailCount } from '@/features/queues/api/use-failed-mails';
import { type QueueCount, useQueueCounts } from '@/features/queues/api/use-queues';
import { roughly } from '@/shared/format/estimate';
import { session } from '@/shared/session/session';
import { LanguageSwitch } from '@/shared/ui/LanguageSwitch';
import { isPartnerSide, useViewer } from '@/shared/viewer/viewer';

interface Item {
  to: string;
  label: string;
  /** A number to show beside it; `exact: false` for the API's estimate of a long list. */
  count?: number | QueueCount;
}

const countOf = (count: number | QueueCount): number => (typeof count === 'number' ? count : count.count);

/** A badge's text: an estimate to two leading digits, marked as such. */
function badgeText(count: number | QueueCount, formatNumber: (value: number) => string): string {
  if (typeof count === 'number') return formatNumber(count);
  return count.exact ? formatNumber(count.count) : `≈${formatNumber(roughly(count.count))}`;
}

/** The frame of the signed-in portal. The role decides only which navigation shows. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const formatNumber = (value: number) => value.toLocaleString(i18n.language);
  const viewer = useViewer();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure();
  const partner = isPartnerSide(viewer);
  const inboxCount = useInboxCount(!partner);
  const queues = useQueueCounts(partner);
  const admin = viewer.membership.role === 'VENDOR_ADMIN';
  const failedMails = useFailedMailCount(!admin);
  const readsPartners = admin || viewer.membership.role === 'CHANNEL_MANAGER';

  const items: Item[] = partner
    ? [
        { to: '/offers', label: t('nav.inbox'), count: inboxCount },
        { to: '/leads', label: t('nav.myLeads') },
        ...(viewer.membership.role === 'PARTNER_ADMIN' ? [{ to: '/team', label: t('nav.team') }] : []),
        { to: '/settings', label: t('nav.settings') },
      ]
    : [
        { to: '/leads', label: t('nav.leads') },
        { to: '/queues/unplaced', label: t('nav.unplaced'), count: queues.unplaced },
        { to: '/queues/returned', label: t('nav.returned'), count: queues.returned },
        { to: '/queues/stale', label: t('nav.stale'), count: queues.stale },
        { to: '/queues/nurture', label: t('nav.nurture'), count: queues.nurture },
        ...(admin ? [{ to: '/queues/failed-mails', label: t('nav.failedMails'), count: failedMails }] : []),
        ...(readsPartners ? [{ to: '/partners', label: t('nav.partners') }] : []),
        ...(admin
          ? [
              { to: '/config/members', label: t('nav.members') },
              { to: '/config/reason-codes', label: t('nav.reasonCodes') },
              { to: '/config/intake-keys', label: t('nav.intakeKeys') },
              { to: '/config/webhooks', label: t('nav.webhooks') },
              { to: '/config/tenant', label: t('nav.tenantSettings') },
            ]
          : []),
        { to: '/settings', label: t('nav.settings') },
      ];

  const signOut = async (everywhere: boolean) => {
    await session.logout(everywhere);
    void navigate('/login', { replace: true });
  };

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Text fw={700} c="teal.9">
              {t('common.brand')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="xs" truncate>
              {viewer.membership.partner?.name ?? viewer.membership.tenant.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="subtle" size="compact-sm">
                  {viewer.user.name}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t(`enum.Role.${viewer.membership.role}`)}</Menu.Label>
                <Menu.Item onClick={() => void signOut(false)}>{t('nav.signOut')}</Menu.Item>
                <Menu.Item onClick={() => void signOut(true)}>{t('nav.signOutEverywhere')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            end={item.to === '/leads'}
            label={item.label}
            onClick={close}
            rightSection={
              item.count !== undefined && countOf(item.count) > 0 ? (
                <Badge size="sm" circle={countOf(item.count) < 10}>
                  {badgeText(item.count, formatNumber)}
                </Badge>
              ) : undefined
            }
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
