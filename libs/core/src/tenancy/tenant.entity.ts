import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Locale } from '../i18n/locale';
import { type TenantSettings, withDefaults } from './tenant-settings';
import { CURRENT_TENANT_SQL } from '../database/tenant-sql';

/**
 * One vendor's account. The tenant row itself is protected like the rows it owns: a session sees
 * its own tenant and, for the login choice, the tenants its user holds memberships in.
 */
@Entity({
  policies: [
    {
      name: 'tenant_isolation',
      using: (columns) => `${columns.id} = ${CURRENT_TENANT_SQL} or ${columns.id} = any (app_member_tenant_ids())`,
      check: (columns) => `${columns.id} = ${CURRENT_TENANT_SQL}`,
    },
  ],
  rowLevelSecurity: 'force',
})
export class Tenant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ length: 200 })
  name!: string;

  @Enum({ items: () => Locale, nativeEnumName: 'locale' })
  locale: Locale & Opt = Locale.DE;

  /** IANA time zone, e.g. Europe/Berlin: deadlines and business hours are counted in it. */
  @Property({ length: 64 })
  timeZone: string & Opt = 'Europe/Berlin';

  /** Only what differs from `DEFAULT_TENANT_SETTINGS`; read it through `settings()`. */
  @Property({ type: 'jsonb', defaultRaw: `'{}'` })
  storedSettings: Partial<TenantSettings> & Opt = {};

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();

  settings(): TenantSettings {
    return withDefaults(this.storedSettings);
  }
}
