import { Role, type Tenant } from '@leadrelay/core';
import type { Partner } from '@leadrelay/partners';
import type { TestApi } from '../support/test-api';
import { type TestMember, aMember, aPartner, aTenant, loginAs } from './identity.factories';

/** A member with a session: what a test needs to act as them over GraphQL. */
export interface LoggedIn extends TestMember {
  token: string;
}

/** A tenant with one logged-in member of each vendor role. */
export interface VendorTeam {
  tenant: Tenant;
  admin: LoggedIn;
  channel: LoggedIn;
  marketing: LoggedIn;
  direct: LoggedIn;
}

/** A partner with a logged-in admin and sales rep. */
export interface PartnerTeam {
  partner: Partner;
  admin: LoggedIn;
  sales: LoggedIn;
}

export async function aLoggedInMember(api: TestApi, tenant: Tenant, role: Role, partner?: Partner): Promise<LoggedIn> {
  const member = await aMember(tenant, role, partner ? { partner } : {});
  return { ...member, token: await loginAs(api, member) };
}

export async function aVendorTeam(api: TestApi, tenantOverrides: Parameters<typeof aTenant>[0] = {}): Promise<VendorTeam> {
  const tenant = await aTenant(tenantOverrides);
  const [admin, channel, marketing, direct] = await Promise.all([
    aLoggedInMember(api, tenant, Role.VENDOR_ADMIN),
    aLoggedInMember(api, tenant, Role.CHANNEL_MANAGER),
    aLoggedInMember(api, tenant, Role.MARKETING),
    aLoggedInMember(api, tenant, Role.DIRECT_SALES),
  ]);
  return { tenant, admin, channel, marketing, direct };
}

export async function aPartnerTeam(
  api: TestApi,
  tenant: Tenant,
  overrides: Parameters<typeof aPartner>[1] = {},
): Promise<PartnerTeam> {
  const partner = await aPartner(tenant, overrides);
  const [admin, sales] = await Promise.all([
    aLoggedInMember(api, tenant, Role.PARTNER_ADMIN, partner),
    aLoggedInMember(api, tenant, Role.PARTNER_SALES, partner),
  ]);
  return { partner, admin, sales };
}

/** Every role of a tenant with its token, for tables that try an operation as each of them. */
export function everyRole(vendor: VendorTeam, partner: PartnerTeam): [Role, LoggedIn][] {
  return [
    [Role.VENDOR_ADMIN, vendor.admin],
    [Role.CHANNEL_MANAGER, vendor.channel],
    [Role.MARKETING, vendor.marketing],
    [Role.DIRECT_SALES, vendor.direct],
    [Role.PARTNER_ADMIN, partner.admin],
    [Role.PARTNER_SALES, partner.sales],
  ];
}
