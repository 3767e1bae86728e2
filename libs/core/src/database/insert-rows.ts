import { type EntityMetadata, type EntityProperty, type Platform, Reference, ReferenceKind, helper } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Kysely, sql } from 'kysely';

/** The SQL error code of a unique key violated (PostgreSQL's `unique_violation`). */
export const UNIQUE_VIOLATION = '23505';

/** Whether `error` is PostgreSQL refusing a row for a unique key, as the driver or the ORM reports it. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { code?: unknown }).code === UNIQUE_VIOLATION ||
      (error as { name?: unknown }).name === 'UniqueConstraintViolationException')
  );
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** One column of a table as `insertRows` reads it off an entity. */
interface Column {
  name: string;
  prop: EntityProperty;
  read(entity: object): unknown;
}

/** The columns of each entity class, worked out once from its metadata. */
const COLUMNS = new WeakMap<EntityMetadata, Column[]>();

/**
 * The entity's columns from the ORM's metadata: scalars, embeddables' inlined fields (read through
 * their embeddable), to-one references by their key, custom types converted as the ORM converts
 * them, JSON as it is (the rows travel as JSON).
 */
function columnsOf(meta: EntityMetadata, platform: Platform): Column[] {
  let columns = COLUMNS.get(meta);
  if (columns) return columns;
  const pathOf = (prop: EntityProperty): string[] => {
    if (!prop.embedded) return [prop.name];
    const parent = meta.properties[prop.embedded[0] as keyof typeof meta.properties] as EntityProperty;
    return [...pathOf(parent), prop.embedded[1]];
  };
  columns = [];
  for (const prop of meta.props) {
    if (prop.persist === false || prop.formula || prop.generated) continue;
    if (![ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_ONE].includes(prop.kind)) continue;
    if (prop.kind === ReferenceKind.ONE_TO_ONE && !prop.owner) continue;
    if (prop.fieldNames?.length !== 1) throw new Error(`insertRows: ${meta.className}.${prop.name} is not one column`);
    const path = pathOf(prop);
    const reference = prop.kind !== ReferenceKind.SCALAR && !prop.mapToPk;
    const json = /^jsonb?$/.test(prop.columnTypes?.[0] ?? '');
    const convert = prop.customType && !json ? prop.customType : null;
    columns.push({
      name: prop.fieldNames[0]!,
      prop,
      read(entity) {
        let value: unknown = entity;
        for (const key of path) value = value == null ? undefined : (value as Record<string, unknown>)[key];
        if (value == null) return value;
        if (reference) return helper(Reference.unwrapReference(value as object)).getPrimaryKey();
        return convert ? convert.convertToDatabaseValue(value, platform, { mode: 'query-data' }) : value;
      },
    });
  }
  COLUMNS.set(meta, columns);
  return columns;
}

/**
 * Writes new entities of one class, made outside the unit of work (`em.create(..., { persist:
 * false })`), in one statement: each row the entity's columns by the ORM's metadata (scalars,
 * embeddables inlined, references as keys, custom types converted; the entity class stays the one
 * definition of the row), all rows as one JSON parameter read by `jsonb_populate_recordset` over
 * the table's row type. Unlike `em.insertMany` no change set, no parameter per value (which the ORM
 * writes into the statement's text), nothing read back: the entities are not updated from the
 * database (their `version` stays unset; the column's default holds). A column none of the
 * entities has a value for keeps its default. Errors come as the driver reports them
 * (`isUniqueViolation`).
 */
export async function insertRows<T extends object>(em: EntityManager, entities: readonly T[]): Promise<void> {
  if (entities.length === 0) return;
  const meta = em.getMetadata().get(entities[0]!.constructor) as EntityMetadata;
  const all = columnsOf(meta, em.getPlatform());
  const used = new Set<Column>();
  const rows = entities.map((entity) => {
    if (entity.constructor !== meta.class) throw new Error(`insertRows: all of one class (${meta.className})`);
    const row: Record<string, unknown> = {};
    for (const column of all) {
      const value = column.read(entity);
      if (value === undefined) continue;
      row[column.name] = value;
      used.add(column);
    }
    return row;
  });
  // A column that some rows leave out is null in those (jsonb_populate_recordset), not its default: refuse where that differs.
  for (const { name, prop } of used) {
    if (rows.some((row) => !(name in row)) && (prop.default !== undefined || prop.defaultRaw !== undefined || prop.version)) {
      throw new Error(`insertRows: ${meta.className}.${prop.name} is set on some of the entities only`);
    }
  }
  const table = sql.raw(quoted(meta.tableName));
  const names = sql.raw(
    all
      .filter((c) => used.has(c))
      .map((c) => quoted(c.name))
      .join(', '),
  );
  // MikroORM brings its own copy of kysely: the same builders.
  await sql`insert into ${table} (${names})
            select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(rows)}::jsonb)`.execute(
    em.getKysely() as unknown as Kysely<unknown>,
  );
}
