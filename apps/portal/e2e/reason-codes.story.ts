import { randomUUID } from 'node:crypto';
import { expect, test } from './support/fixtures';

test('a vendor admin creates a reason code with labels in both languages, edits its labels and retires it', async ({
  signIn,
  checkScreen,
  t,
  language,
}) => {
  const page = await signIn('admin@nordlicht.example');
  await page.getByRole('navigation').getByRole('link', { name: t.nav.reasonCodes }).click();
  await expect(page.getByRole('heading', { name: t.reasonCodes.title, level: 1 })).toBeVisible();
  await page
    .getByRole('radiogroup', { name: t.reasonCodes.kind })
    .getByText(t.enum.ReasonCodeKind.RETURN, { exact: true })
    .click();
  await expect(page).toHaveURL(/kind=RETURN/);
  await expect(page.getByRole('table')).toBeVisible();
  await checkScreen(page, 'reason-codes');

  const suffix = randomUUID()
    .slice(0, 6)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, 'X');
  const key = `BUDGET_FROZEN_${suffix}`;
  const de = `Budget eingefroren ${suffix}`;
  const en = `Budget frozen ${suffix}`;
  await page.getByRole('button', { name: t.reasonCodes.new }).click();
  const dialog = page.getByRole('dialog', { name: t.reasonCodes.newOfKind.replace('{{kind}}', t.enum.ReasonCodeKind.RETURN) });
  await dialog.getByRole('textbox', { name: t.reasonCodes.key }).fill('x');
  await dialog.getByRole('button', { name: t.reasonCodes.create }).click();
  await expect(dialog.getByText(t.reasonCodes.keyRule).nth(1)).toBeVisible();
  await expect(dialog.getByText(t.newLead.required).first()).toBeVisible();
  // An existing key of the kind: the API's CONFLICT, shown at the key.
  await dialog.getByRole('textbox', { name: t.reasonCodes.key }).fill('SPAM');
  await dialog.getByRole('textbox', { name: t.reasonCodes.labelDe }).fill(de);
  await dialog.getByRole('textbox', { name: t.reasonCodes.labelEn }).fill(en);
  await dialog.getByRole('button', { name: t.reasonCodes.create }).click();
  await expect(dialog.getByText(t.reasonCodes.keyTaken)).toBeVisible();
  await dialog.getByRole('textbox', { name: t.reasonCodes.key }).fill(key.toLowerCase());
  await dialog.getByLabel(t.reasonCodes.followUp).click();
  await page.getByRole('option', { name: t.enum.ReasonFollowUp.NURTURE }).click();
  await dialog.getByRole('checkbox', { name: t.reasonCodes.commentRequired }).check();
  await checkScreen(page, 'reason-code-new');
  await dialog.getByRole('button', { name: t.reasonCodes.create }).click();
  await expect(dialog).toBeHidden();

  const shown = language === 'de' ? de : en;
  const row = page.getByRole('row', { name: new RegExp(shown) });
  await expect(row).toContainText(key);
  await expect(row).toContainText(t.enum.ReasonFollowUp.NURTURE);
  await expect(row).toContainText(t.reasonCodes.commentNeeded);

  await row.getByRole('button', { name: `${t.partners.edit}: ${shown}` }).click();
  const edit = page.getByRole('dialog', { name: t.reasonCodes.editTitle });
  await expect(edit.getByRole('textbox', { name: t.reasonCodes.key })).toBeDisabled();
  await edit.getByRole('textbox', { name: t.reasonCodes.labelDe }).fill(`${de} (neu)`);
  await edit.getByRole('textbox', { name: t.reasonCodes.labelEn }).fill(`${en} (new)`);
  await edit.getByRole('button', { name: t.partners.save }).click();
  await expect(edit).toBeHidden();
  const renamed = page.getByRole('row', { name: new RegExp(language === 'de' ? `${de} \\(neu\\)` : `${en} \\(new\\)`) });
  await expect(renamed).toContainText(key);

  await renamed.getByRole('button', { name: new RegExp(`^${t.reasonCodes.retire}`) }).click();
  const confirm = page.getByRole('dialog', { name: t.reasonCodes.retireTitle });
  await confirm.getByRole('button', { name: t.reasonCodes.retire }).click();
  await expect(confirm).toBeHidden();
  await expect(renamed).toContainText(t.reasonCodes.retired);
  await expect(renamed.getByRole('button')).toHaveCount(0);
});
