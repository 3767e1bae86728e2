import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const HOLDING_RECORD = 'libs/distribution/src/holding/holding-period.ts';

/** The holding period's fields on the lead, by property and by column. */
const FIELDS = [
  'holdingPartner',
  'owner',
  'acceptedAt',
  'workReminderDueAt',
  'escalationDueAt',
  'workRemindedAt',
  'escalatedAt',
  'progressStage',
  'lastProgressAt',
  'nextStepAt',
];
const COLUMNS = FIELDS.map((field) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)).map((column) =>
  column === 'holding_partner' || column === 'owner' ? `${column}_id` : column,
);

/** `x.owner = ...` (not `==`, `=>`), and a column set in SQL or a Kysely `.set(...)`: writes of the holding period. */
const ASSIGNMENT = new RegExp(`\\.\\s*(${FIELDS.join('|')})\\s*(\\?\\?|\\|\\||&&)?=(?![=>])`);
const COLUMN_WRITE = new RegExp(`(\\bset\\s+|\\.set\\(\\s*\\{[^}]*)\\b(${COLUMNS.join('|')})\\b`, 'i');

/** The lines of `code` that write a field of the holding period. */
function holdingWrites(code: string): string[] {
  return code.split('\n').filter((line) => ASSIGNMENT.test(line) || COLUMN_WRITE.test(line));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.(spec|integration-spec|e2e-spec)\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the holding period is written in one place', () => {
  it('finds no write of a holding field outside the holding record, in libs/ and apps/', () => {
    const found = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))]
      .map((path) => relative(ROOT, path))
      .filter((path) => path !== HOLDING_RECORD)
      .flatMap((path) => holdingWrites(readFileSync(join(ROOT, path), 'utf8')).map((line) => `${path}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('would find the writes it forbids, by property and by column', () => {
    expect(holdingWrites('lead.owner = membership.user;')).toHaveLength(1);
    expect(holdingWrites('  lead.holdingPartner = null;')).toHaveLength(1);
    expect(holdingWrites('lead.nextStepAt ??= now;')).toHaveLength(1);
    expect(holdingWrites(`update lead set escalated_at = :at where id = :id`)).toHaveLength(1);
    expect(holdingWrites(`db.updateTable('lead').set({ work_reminded_at: at })`)).toHaveLength(1);
  });

  it('lets readers and comparisons through', () => {
    expect(holdingWrites('if (lead.owner === user) return;')).toEqual([]);
    expect(holdingWrites('const partner = lead.holdingPartner?.id;')).toEqual([]);
    expect(holdingWrites(`where holding_partner_id = app_partner_id()`)).toEqual([]);
  });

  it('scans the holding record itself, which does write them', () => {
    expect(holdingWrites(readFileSync(join(ROOT, HOLDING_RECORD), 'utf8')).length).toBeGreaterThan(0);
  });
});
