import { ESLint } from 'eslint';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
// One instance: loading the configuration (parsers, resolvers, plugins) is most of the cost.
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids ESLint reports for `code`, linted with the project's configuration as if it were `file`. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

/** `npm run check` holds the architecture: these are the lint rules that would catch a regression. */
describe('import rules of npm run check', () => {
  // The first lint loads the parsers, resolvers and plugins: slow on a busy machine.
  beforeAll(() => violations('libs/core/src/clock/clock.ts', ''), 180_000);

  it('refuses an import from libs/core to anything of the repository outside it', async () => {
    expect(
      await violations('libs/core/src/database/orm-options.ts', `export { MIGRATIONS } from '../../../../migrations';\n`),
    ).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import cycle, also through a lib alias', async () => {
    // libs/leads imports @leadrelay/core, whose index exports this file: a cycle.
    expect(await violations('libs/core/src/clock/clock.ts', `export { Lead } from '@leadrelay/leads';\n`)).toContain(
      'import-x/no-cycle',
    );
  });

  it('lets libs/core import packages and itself', async () => {
    expect(
      await violations(
        'libs/core/src/clock/clock.ts',
        `export { Injectable } from '@nestjs/common';\nexport { Role } from '../authorization/role';\n`,
      ),
    ).toEqual([]);
  });
});
