import { MikroORM } from '@mikro-orm/postgresql';
import { createWorker } from '../../apps/worker/src/worker.app';
import { AppConfig, assertRowLevelSecurityHolds } from '@leadrelay/core';
import { testDatabase } from '../support/test-database';
import { TEST_JWT_SECRET } from '../support/test-api';

describe('starting the API and the worker', () => {
  it('refuses a database role for which row-level security would not hold', async () => {
    const { ownerUrl, appUrl } = await testDatabase();
    await expect(assertRowLevelSecurityHolds(ownerUrl)).rejects.toThrow(/superuser.*row-level security would not hold/);
    await expect(assertRowLevelSecurityHolds(appUrl)).resolves.toBeUndefined();
  });

  it('boots the worker against the database as the application role', async () => {
    const { appUrl } = await testDatabase();
    const worker = await createWorker(AppConfig.from({ NODE_ENV: 'test', DATABASE_URL: appUrl, JWT_SECRET: TEST_JWT_SECRET }));
    const orm = worker.get(MikroORM);
    const [{ current_user }] = await orm.em.fork().execute<{ current_user: string }[]>('select current_user');
    expect(current_user).toBe('leadrelay_app');
    await worker.close();
  });
});
