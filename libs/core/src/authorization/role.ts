/** What a membership may do. Vendor roles act for the tenant, partner roles for one partner. */
export enum Role {
  VENDOR_ADMIN = 'VENDOR_ADMIN',
  CHANNEL_MANAGER = 'CHANNEL_MANAGER',
  MARKETING = 'MARKETING',
  DIRECT_SALES = 'DIRECT_SALES',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  PARTNER_SALES = 'PARTNER_SALES',
}

export const PARTNER_ROLES: readonly Role[] = [Role.PARTNER_ADMIN, Role.PARTNER_SALES];

export function isPartnerRole(role: Role): boolean {
  return PARTNER_ROLES.includes(role);
}
