import { expect, test } from './support/fixtures';

// On Acme, whose deadlines no other story counts on; both languages save the same values.
test('a vendor admin changes business hours, holidays and the acceptance period of a tier', async ({
  signIn,
  checkScreen,
  t,
}) => {
  const page = await signIn('admin@acme.example');
  await page.getByRole('navigation').getByRole('link', { name: t.nav.tenantSettings }).click();
  await expect(page.getByRole('heading', { name: t.tenantSettings.title, level: 1 })).toBeVisible();
  const timeZone = page.getByRole('textbox', { name: t.tenantSettings.timeZone });
  await expect(timeZone).toHaveValue('America/Chicago');
  await checkScreen(page, 'tenant-settings');

  // The portal's own check, then the API's: an unknown zone is named at its field.
  await page.getByLabel(t.tenantSettings.dayEnd).fill('07:00');
  await page.getByRole('button', { name: t.partners.save }).click();
  await expect(page.getByText(t.tenantSettings.endAfterStart)).toBeVisible();
  await page.getByLabel(t.tenantSettings.dayEnd).fill('16:30');
  await timeZone.fill('Mars/Olympus_Mons');
  await page.getByRole('button', { name: t.partners.save }).click();
  await expect(page.getByText(/not a known IANA time zone/)).toBeVisible();

  await timeZone.fill('America/Chicago');
  await page.getByRole('textbox', { name: t.enum.PartnerTier.SILVER }).fill('12');
  await page.getByRole('combobox', { name: t.tenantSettings.holidays }).fill('2026-12-24');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: t.partners.save }).click();
  await expect(page.getByRole('status')).toContainText(t.tenantSettings.saved);

  await page.reload();
  await expect(page.getByRole('textbox', { name: t.enum.PartnerTier.SILVER })).toHaveValue('12');
  await expect(page.getByLabel(t.tenantSettings.dayEnd)).toHaveValue('16:30');
  await expect(page.getByText('2026-12-24')).toBeVisible();
});
