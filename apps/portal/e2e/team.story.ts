import { randomUUID } from 'node:crypto';
import { expect, linkIn, mailTo, test } from './support/fixtures';
import { PASSWORD } from './support/seed';

test("Hansa's partner admin invites a member, changes the role and removes the member again", async ({
  signIn,
  checkScreen,
  t,
}) => {
  const page = await signIn('admin@hansa.example');
  await page.getByRole('link', { name: t.nav.team }).click();
  await expect(page.getByRole('heading', { name: t.team.title, level: 1 })).toBeVisible();
  await expect(page.getByText('Ole Carstens', { exact: true })).toBeVisible();
  // The admin's own row offers a role change (stepping down), no removal.
  await expect(page.getByText(`(${t.team.you})`)).toBeVisible();
  await expect(page.getByRole('button', { name: t.team.removeWho.replace('{{name}}', 'Henrike Jansen') })).toHaveCount(0);

  const name = `Jana Test-${randomUUID().slice(0, 6)}`;
  await page.getByRole('button', { name: t.team.invite }).click();
  const invite = page.getByRole('dialog', { name: t.team.inviteTitle });
  await invite.getByRole('button', { name: t.team.sendInvitation }).click();
  await expect(invite.getByText(t.team.nameRequired)).toBeVisible();
  await invite.getByRole('textbox', { name: t.team.name }).fill(name);
  await invite.getByRole('textbox', { name: t.auth.email }).fill(`${name.toLowerCase().replace(/ /g, '.')}@hansa.example`);
  await checkScreen(page, 'team-invite');
  await invite.getByRole('button', { name: t.team.sendInvitation }).click();
  await expect(invite).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(t.team.invited.replace('{{name}}', name));
  const roleOf = page.locator(`input[aria-label="${t.team.roleOf.replace('{{name}}', name)}"]`);
  await expect(roleOf).toHaveValue(t.enum.Role.PARTNER_SALES);
  await checkScreen(page, 'team');

  await roleOf.click();
  await page.getByRole('option', { name: t.enum.Role.PARTNER_ADMIN }).click();
  await expect(page.getByRole('status')).toHaveText(t.team.roleChanged.replace('{{name}}', name));
  await page.reload();
  await expect(page.locator(`input[aria-label="${t.team.roleOf.replace('{{name}}', name)}"]`)).toHaveValue(
    t.enum.Role.PARTNER_ADMIN,
  );

  await page.getByRole('button', { name: t.team.removeWho.replace('{{name}}', name) }).click();
  const remove = page.getByRole('dialog', { name: t.team.removeTitle });
  await expect(remove).toContainText(name);
  await checkScreen(page, 'team-remove');
  await remove.getByRole('button', { name: t.team.remove }).click();
  await expect(remove).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(t.team.removed.replace('{{name}}', name));
  await expect(page.getByText(name, { exact: true })).toHaveCount(0);
});

test("a partner's last admin cannot step down: the page says what to do and the role stays", async ({
  signIn,
  checkScreen,
  t,
}) => {
  // Isar's only admin, in both runs (refused, nothing changes); Hansa gets a second admin in the story above,
  // Rhein and Lakeside have two. No other story changes Sepp Huber's account.
  const name = 'Sepp Huber';
  const page = await signIn('admin@isar.example');
  await page.getByRole('link', { name: t.nav.team }).click();
  const own = page.locator(`input[aria-label="${t.team.roleOf.replace('{{name}}', name)}"]`);
  await expect(own).toHaveValue(t.enum.Role.PARTNER_ADMIN);
  await own.click();
  await page.getByRole('option', { name: t.enum.Role.PARTNER_SALES }).click();
  await expect(page.getByRole('alert')).toContainText(t.errors.LAST_ADMIN);
  await checkScreen(page, 'team-last-admin');
  await page.reload();
  await expect(page.locator(`input[aria-label="${t.team.roleOf.replace('{{name}}', name)}"]`)).toHaveValue(
    t.enum.Role.PARTNER_ADMIN,
  );
  await expect(page.getByRole('link', { name: t.nav.team })).toBeVisible();
});

test("a partner admin steps down while another admin remains and lands on a sales rep's start screen", async ({
  api,
  guest,
  signIn,
  t,
}) => {
  // A second admin of Hansa's own, so that no other story's person changes role.
  const suffix = randomUUID().slice(0, 8);
  const name = `Greta Zweite-${suffix}`;
  const email = `zweite-${suffix}@hansa.example`;
  await api('admin@hansa.example').call(`mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`, {
    input: { email, name, role: 'PARTNER_ADMIN' },
  });
  const token = new URL(linkIn(await mailTo(email), '/set-password?token=')).searchParams.get('token');
  const answer = await (
    await guest()
  ).request.post('/graphql', {
    data: {
      query: 'mutation ($input: SetPasswordInput!) { setPassword(input: $input) }',
      variables: { input: { token, password: PASSWORD } },
    },
  });
  expect((await answer.json()).data?.setPassword).toBe(true);

  const page = await signIn(email);
  await page.getByRole('link', { name: t.nav.team }).click();
  await page.locator(`input[aria-label="${t.team.roleOf.replace('{{name}}', name)}"]`).click();
  await page.getByRole('option', { name: t.enum.Role.PARTNER_SALES }).click();
  await expect(page.getByRole('heading', { name: t.inbox.title, level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: t.nav.team })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a sales rep has no team page in the navigation', async ({ signIn, t }) => {
  const page = await signIn('sales@hansa.example');
  await expect(page.getByRole('link', { name: t.nav.myLeads })).toBeVisible();
  await expect(page.getByRole('link', { name: t.nav.team })).toHaveCount(0);
});
