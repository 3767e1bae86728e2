import { createRequire } from 'node:module';
import type { Client as PgClient } from 'pg';
import { insertRows, isUniqueViolation } from '@leadrelay/core';
import { Partner, PartnerStatus, PartnerTier } from '@leadrelay/partners';
import { aTenant } from '../factories/identity.factories';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';

type Row = Record<string, unknown>;

/** The driver as the ORM loaded it (its own copy of pg): every statement goes through its client's `query`. */
const nodePg = createRequire(createRequire(__filename).resolve('@mikro-orm/postgresql'))('pg') as { Client: typeof PgClient };

/** `insertRows`: new entities written in one statement, each row as the unit of work would insert it. */
describe('insertRows', () => {
  afterAll(closeOwnerOrm);

  const rowOf = async (id: string): Promise<Row> => {
    const [row] = await (await ownerEm()).execute<Row[]>(`select * from partner where id = ?`, [id]);
    const { id: _id, name: _name, created_at: _created, updated_at: _updated, ...rest } = row!;
    return rest;
  };

  it('writes the rows the unit of work writes (JSON, arrays, enums, defaults, nulls), in one statement', async () => {
    const tenant = await aTenant();
    const facts = {
      tenantId: tenant.id,
      tier: PartnerTier.GOLD,
      status: PartnerStatus.ACTIVE,
      territories: [{ country: 'DE', postalCodePrefixes: ['20', '21'] }],
      competencies: ['Wärmepumpen', 'O\'Brien "Solar"'],
      capacity: 7,
    };
    const em = await ownerEm();
    const flushed = em.create(Partner, { ...facts, name: 'Flushed', city: null });
    await em.flush();
    const held = ['One', 'Two'].map((name) => em.create(Partner, { ...facts, name, city: null }, { persist: false }));
    const query = jest.spyOn(nodePg.Client.prototype, 'query');
    try {
      await insertRows(em, held);
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      query.mockRestore();
    }
    expect(await rowOf(held[0]!.id)).toEqual(await rowOf(flushed.id));
    expect(await rowOf(held[1]!.id)).toEqual(await rowOf(flushed.id));
  });

  it('reports a taken unique key as the driver does', async () => {
    const tenant = await aTenant();
    const em = await ownerEm();
    const partner = () =>
      em.create(Partner, { tenantId: tenant.id, name: 'Twice', territories: [], competencies: [] }, { persist: false });
    await insertRows(em, [partner()]);
    const error = await insertRows(em, [partner()]).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('refuses a column with a default that only some of the entities set (it would be null in the others)', async () => {
    const tenant = await aTenant();
    const em = await ownerEm();
    const [one, two] = ['A', 'B'].map((name) =>
      em.create(Partner, { tenantId: tenant.id, name, territories: [], competencies: [] }, { persist: false }),
    );
    (two as { capacity?: number }).capacity = undefined;
    await expect(insertRows(em, [one!, two!])).rejects.toThrow(/Partner\.capacity is set on some of the entities only/);
  });
});
