import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { setUpJobQueues } from '../jobs/job-queue-setup';
import { APP_ROLE, PARTNER_ROLE } from './tenant-sql';
import { type MigrationSet, ormOptions } from './orm-options';

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` unless it exists, connecting to the server's `postgres` database. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  await withClient(maintenance.toString(), async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await client.query(`create database "${name.replaceAll('"', '""')}"`);
    }
  });
}

/**
 * Creates the application role if it is missing and gives it `password`, and the partner role its
 * partner users' transactions switch to (see PARTNER_ROLE), with the application role a member of
 * it that does not inherit it. Needs a connection that may create roles (the embedded server's superuser, the test server's).
 */
export async function provisionAppRole(adminUrl: string, password: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const escaped = password.replaceAll("'", "''");
    // Two processes may provision at once (CI runs suites side by side): tolerate the race.
    await client.query(`do $$ begin
        create role ${APP_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole password '${escaped}';
      exception when duplicate_object then
        alter role ${APP_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole password '${escaped}';
      end $$`);
    await client.query(`do $$ begin
        create role ${PARTNER_ROLE} nologin nosuperuser nobypassrls nocreatedb nocreaterole;
      exception when duplicate_object then null;
      end $$`);
    // A member that may switch to the role but does not inherit it: policies for a role apply to
    // the roles that have its privileges, and the partner wall must not apply to the application role.
    await client.query(`do $$ begin
        alter role ${APP_ROLE} noinherit;
        if current_setting('server_version_num')::int >= 160000 then
          execute 'grant ${PARTNER_ROLE} to ${APP_ROLE} with inherit false, set true';
        elsif not pg_has_role('${APP_ROLE}', '${PARTNER_ROLE}', 'member') then
          grant ${PARTNER_ROLE} to ${APP_ROLE};
        end if;
      exception when unique_violation or internal_error then null;
      end $$`);
  });
}

/** The same server and database as `adminUrl`, as the application role. */
export function appRoleUrl(adminUrl: string, password: string): string {
  const url = new URL(adminUrl);
  url.username = APP_ROLE;
  url.password = password;
  return url.toString();
}

/** Applies every pending one of `migrations` as the owner of the tables, then sets up the job queues. */
export async function migrate(ownerUrl: string, migrations: MigrationSet): Promise<string[]> {
  const orm = await MikroORM.init(ormOptions({ clientUrl: ownerUrl, entities: [], poolMax: 1, migrations }));
  try {
    const applied = await orm.migrator.up();
    await setUpJobQueues(ownerUrl);
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close();
  }
}

/**
 * Refuses to run the application as a role for which row-level security does not hold: a
 * superuser, a BYPASSRLS role, or the owner of a table.
 */
export async function assertRowLevelSecurityHolds(appUrl: string): Promise<void> {
  await withClient(appUrl, async (client) => {
    const { rows } = await client.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owned: number }>(
      `select r.rolname, r.rolsuper, r.rolbypassrls,
              (select count(*)::int from pg_class c where c.relowner = r.oid and c.relkind = 'r'
                 and c.relnamespace = 'public'::regnamespace) as owned
         from pg_roles r where r.rolname = current_user`,
    );
    const role = rows[0]!;
    if (role.rolsuper || role.rolbypassrls || role.owned > 0) {
      throw new Error(
        `DATABASE_URL connects as "${role.rolname}", which ${role.rolsuper ? 'is a superuser' : role.rolbypassrls ? 'has BYPASSRLS' : 'owns tables'}: ` +
          `row-level security would not hold. Connect as ${APP_ROLE} (see README, Isolation and database roles).`,
      );
    }
  });
}
