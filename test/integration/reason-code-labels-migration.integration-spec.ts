import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { ormOptions } from '@leadrelay/core';
import { MIGRATION_SET } from '../../migrations';
import { testDatabase } from '../support/test-database';

const MIGRATION = 'Migration20261201203000_reason_code_labels';

/**
 * The move from a column per language to one `labels` map keeps every word a tenant chose and
 * drops only what the text catalogs now say by key; the labels notifications captured follow.
 */
describe(MIGRATION, () => {
  let orm: MikroORM;
  const tenantId = randomUUID();
  const ids = { unchanged: randomUUID(), reworded: randomUUID(), own: randomUUID(), notification: randomUUID() };

  const sql = <T extends object>(query: string, params: unknown[] = []) => orm.em.getConnection().execute<T[]>(query, params);

  beforeAll(async () => {
    const { ownerUrl } = await testDatabase();
    // The migrator reports each step; this test reads the rows instead.
    orm = await MikroORM.init({
      ...ormOptions({ clientUrl: ownerUrl, entities: [], poolMax: 1, migrations: MIGRATION_SET }),
      logger: () => undefined,
    });
    await orm.migrator.down({ migrations: [MIGRATION] });
    await sql(`insert into tenant (id, name, created_at) values (?, 'Old Labels GmbH', now())`, [tenantId]);
    const code = (id: string, key: string, de: string, en: string) =>
      sql(
        `insert into reason_code (id, tenant_id, created_at, key, kind, label_de, label_en, follow_up) values (?, ?, now(), ?, 'DECLINE', ?, ?, 'RE_OFFER')`,
        [id, tenantId, key, de, en],
      );
    await code(ids.unchanged, 'NO_CAPACITY', 'Keine Kapazität frei', 'No capacity');
    await code(ids.reworded, 'NOT_OUR_FIELD', 'Nicht unser Metier', 'Not our field');
    await code(ids.own, 'PRICE_TOO_HIGH', 'Preis zu hoch', 'Price too high');
    await sql(
      `insert into notification (id, tenant_id, created_at, kind, user_id, email, recipient_name, locale, data)
       values (?, ?, now(), 'OFFER_DECLINED', ?, 'cm@example.test', 'Chris', 'en', ?::jsonb)`,
      [
        ids.notification,
        tenantId,
        randomUUID(),
        JSON.stringify({ leadId: null, reason: { key: 'PRICE_TOO_HIGH', labelDe: 'Preis zu hoch', labelEn: 'Price too high' } }),
      ],
    );
  });

  afterAll(async () => {
    await orm.migrator.up();
    await orm.close();
  });

  it("keeps a tenant's own words per language, drops the catalogs' defaults, and gives notifications their reader's label", async () => {
    await orm.migrator.up({ migrations: [MIGRATION] });
    const codes = await sql<{ id: string; labels: object }>(`select id, labels from reason_code where tenant_id = ?`, [tenantId]);
    expect(Object.fromEntries(codes.map((c) => [c.id, c.labels]))).toEqual({
      [ids.unchanged]: {},
      [ids.reworded]: { de: 'Nicht unser Metier' },
      [ids.own]: { de: 'Preis zu hoch', en: 'Price too high' },
    });
    const [notification] = await sql<{ data: { reason: unknown } }>(`select data from notification where id = ?`, [
      ids.notification,
    ]);
    expect(notification!.data.reason).toEqual({ key: 'PRICE_TOO_HIGH', label: 'Price too high' });
  });

  it('goes back to a column per language with every label', async () => {
    await orm.migrator.down({ migrations: [MIGRATION] });
    const codes = await sql<{ key: string; label_de: string; label_en: string }>(
      `select key, label_de, label_en from reason_code where tenant_id = ? order by key`,
      [tenantId],
    );
    expect(codes).toEqual([
      { key: 'NOT_OUR_FIELD', label_de: 'Nicht unser Metier', label_en: 'Not our field' },
      { key: 'NO_CAPACITY', label_de: 'Keine Kapazität frei', label_en: 'No capacity' },
      { key: 'PRICE_TOO_HIGH', label_de: 'Preis zu hoch', label_en: 'Price too high' },
    ]);
  });
});
