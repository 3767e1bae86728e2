import type { EntityManager } from '@mikro-orm/postgresql';
import * as argon2 from 'argon2';
import { Locale, Role, Tenant } from '@leadrelay/core';
import { Membership, User } from '@leadrelay/identity';
import { seedDefaultReasonCodes, seedDefaultScoringModel } from '@leadrelay/leads';
import { NORDLICHT_SCORING_RULES } from './demo-scoring';
import { Partner, PartnerStatus, PartnerTier, type Territory } from '@leadrelay/partners';

/** The password of every demo login. */
export const DEMO_PASSWORD = 'leadrelay-demo';

/** Fixed ids, so that the demo is the same on every fresh start and outside tests can name tenants. */
export const DEMO_IDS = {
  nordlicht: '6f1b2c3d-0000-4000-8000-000000000001',
  acme: '6f1b2c3d-0000-4000-8000-000000000002',
  hansa: '6f1b2c3d-0000-4000-8000-000000000011',
  isar: '6f1b2c3d-0000-4000-8000-000000000012',
  rhein: '6f1b2c3d-0000-4000-8000-000000000013',
  lakeside: '6f1b2c3d-0000-4000-8000-000000000021',
} as const;

interface DemoLogin {
  email: string;
  name: string;
  memberships: { tenant: keyof typeof DEMO_IDS; role: Role; partner?: keyof typeof DEMO_IDS }[];
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { email: 'admin@nordlicht.example', name: 'Anja Petersen', memberships: [{ tenant: 'nordlicht', role: Role.VENDOR_ADMIN }] },
  {
    email: 'channel@nordlicht.example',
    name: 'Jonas Brandt',
    memberships: [{ tenant: 'nordlicht', role: Role.CHANNEL_MANAGER }],
  },
  { email: 'marketing@nordlicht.example', name: 'Mira Schulte', memberships: [{ tenant: 'nordlicht', role: Role.MARKETING }] },
  { email: 'direct@nordlicht.example', name: 'Felix Hoffmann', memberships: [{ tenant: 'nordlicht', role: Role.DIRECT_SALES }] },
  {
    email: 'admin@hansa.example',
    name: 'Henrike Jansen',
    memberships: [{ tenant: 'nordlicht', role: Role.PARTNER_ADMIN, partner: 'hansa' }],
  },
  {
    email: 'sales@hansa.example',
    name: 'Ole Carstens',
    memberships: [{ tenant: 'nordlicht', role: Role.PARTNER_SALES, partner: 'hansa' }],
  },
  {
    email: 'admin@isar.example',
    name: 'Sepp Huber',
    memberships: [{ tenant: 'nordlicht', role: Role.PARTNER_ADMIN, partner: 'isar' }],
  },
  {
    email: 'sales@isar.example',
    name: 'Vroni Maier',
    memberships: [{ tenant: 'nordlicht', role: Role.PARTNER_SALES, partner: 'isar' }],
  },
  {
    email: 'admin@rhein.example',
    name: 'Lukas Wenzel',
    memberships: [{ tenant: 'nordlicht', role: Role.PARTNER_ADMIN, partner: 'rhein' }],
  },
  { email: 'admin@acme.example', name: 'Dana Whitfield', memberships: [{ tenant: 'acme', role: Role.VENDOR_ADMIN }] },
  { email: 'channel@acme.example', name: 'Marcus Reed', memberships: [{ tenant: 'acme', role: Role.CHANNEL_MANAGER }] },
  {
    email: 'admin@lakeside.example',
    name: 'Erin Lindqvist',
    memberships: [{ tenant: 'acme', role: Role.PARTNER_ADMIN, partner: 'lakeside' }],
  },
  {
    email: 'multi@reseller.example',
    name: 'Sam Becker',
    memberships: [
      { tenant: 'nordlicht', role: Role.PARTNER_ADMIN, partner: 'rhein' },
      { tenant: 'acme', role: Role.PARTNER_ADMIN, partner: 'lakeside' },
    ],
  },
];

const prefixes = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const germany = (postalCodePrefixes: string[]): Territory[] => [{ country: 'DE', postalCodePrefixes }];

/**
 * Loads the demo tenants, partners and logins once: does nothing when the Nordlicht tenant exists.
 * Runs as the owner of the tables (the start script), outside any tenant.
 */
export async function loadDemoData(em: EntityManager): Promise<boolean> {
  if (await em.count(Tenant, { id: DEMO_IDS.nordlicht })) {
    return false;
  }
  em.create(Tenant, { id: DEMO_IDS.nordlicht, name: 'Nordlicht Wärmepumpen GmbH', locale: Locale.DE, timeZone: 'Europe/Berlin' });
  em.create(Tenant, { id: DEMO_IDS.acme, name: 'Acme Robotics Inc.', locale: Locale.EN, timeZone: 'America/Chicago' });
  seedDefaultReasonCodes(em, DEMO_IDS.nordlicht);
  seedDefaultReasonCodes(em, DEMO_IDS.acme);
  seedDefaultScoringModel(em, DEMO_IDS.nordlicht, NORDLICHT_SCORING_RULES);
  seedDefaultScoringModel(em, DEMO_IDS.acme);
  const heatPumps = ['Wärmepumpen', 'Photovoltaik', 'Wohngebäude'];
  em.create(Partner, {
    id: DEMO_IDS.hansa,
    tenantId: DEMO_IDS.nordlicht,
    name: 'Hansa Haustechnik',
    city: 'Hamburg',
    tier: PartnerTier.GOLD,
    status: PartnerStatus.ACTIVE,
    territories: germany(prefixes(20, 22)),
    competencies: [...heatPumps, 'Gewerbe'],
    capacity: 25,
  });
  em.create(Partner, {
    id: DEMO_IDS.isar,
    tenantId: DEMO_IDS.nordlicht,
    name: 'Isar Energie',
    city: 'München',
    tier: PartnerTier.SILVER,
    status: PartnerStatus.ACTIVE,
    territories: germany(prefixes(80, 85)),
    competencies: heatPumps,
    capacity: 15,
  });
  em.create(Partner, {
    id: DEMO_IDS.rhein,
    tenantId: DEMO_IDS.nordlicht,
    name: 'Rhein Solar',
    city: 'Köln',
    tier: PartnerTier.BRONZE,
    status: PartnerStatus.ACTIVE,
    territories: germany(prefixes(50, 51)),
    competencies: ['Photovoltaik'],
    capacity: 10,
  });
  em.create(Partner, {
    id: DEMO_IDS.lakeside,
    tenantId: DEMO_IDS.acme,
    name: 'Lakeside Automation',
    city: 'Chicago',
    tier: PartnerTier.GOLD,
    status: PartnerStatus.ACTIVE,
    territories: [{ country: 'US', postalCodePrefixes: ['606', '607', '608'] }],
    competencies: ['Industrial robots', 'Manufacturing'],
    capacity: 20,
  });
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  for (const login of DEMO_LOGINS) {
    const user = em.create(User, { email: login.email, name: login.name, passwordHash });
    for (const membership of login.memberships) {
      em.create(Membership, {
        tenantId: DEMO_IDS[membership.tenant],
        user,
        role: membership.role,
        partner: membership.partner ? em.getReference(Partner, DEMO_IDS[membership.partner]) : null,
      });
    }
  }
  await em.flush();
  return true;
}
