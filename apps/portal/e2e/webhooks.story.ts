import { randomUUID } from 'node:crypto';
import { type IncomingHttpHeaders, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/fixtures';

/** The vendor's own system: a loopback receiver that answers 200 and keeps what it got (the stories' server allows private targets). */
async function startReceiver() {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/${randomUUID().slice(0, 8)}`;
  return { url, received, close: () => new Promise<void>((done) => server.close(() => done())) };
}

test('a vendor admin registers a webhook endpoint, copies its secret once, sends a test and sees the delivery, rotates the secret and disables it', async ({
  signIn,
  checkScreen,
  t,
}) => {
  const receiver = await startReceiver();
  try {
    const page = await signIn('admin@nordlicht.example');
    await page.getByRole('navigation').getByRole('link', { name: t.nav.webhooks }).click();
    await expect(page.getByRole('heading', { name: t.webhooks.title, level: 1 })).toBeVisible();

    await page.getByRole('button', { name: t.webhooks.new }).click();
    const dialog = page.getByRole('dialog', { name: t.webhooks.new });
    await dialog.getByRole('button', { name: t.webhooks.create }).click();
    await expect(dialog.getByText(t.newLead.required)).toBeVisible();
    await expect(dialog.getByText(t.webhooks.eventTypesRequired)).toBeVisible();

    // The API's field error stands next to the field: not an http(s) URL.
    await dialog.getByRole('textbox', { name: t.webhooks.url }).fill('ftp://crm.example.com/hooks');
    await dialog.getByRole('combobox', { name: t.webhooks.eventTypes }).click();
    await page.getByRole('option', { name: t.events.lead_won, exact: true }).click();
    await page.getByRole('option', { name: t.events.offer_accepted, exact: true }).click();
    await dialog.getByRole('textbox', { name: t.webhooks.description }).click();
    await dialog.getByRole('button', { name: t.webhooks.create }).click();
    const urlField = dialog.getByRole('textbox', { name: t.webhooks.url });
    await expect(urlField).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('dialog', { name: t.webhooks.createdTitle })).toHaveCount(0);

    await urlField.fill(receiver.url);
    await dialog.getByRole('textbox', { name: t.webhooks.description }).fill('CRM');
    await dialog.getByRole('button', { name: t.webhooks.create }).click();

    const created = page.getByRole('dialog', { name: t.webhooks.createdTitle });
    await expect(created.getByText(t.webhooks.shownOnce)).toBeVisible();
    const secret = (await created.getByLabel(t.webhooks.secret, { exact: true }).innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    await expect(created.getByRole('button', { name: t.webhooks.copySecret })).toBeVisible();
    await checkScreen(page, 'webhook-created');
    await created.getByRole('button', { name: t.common.done }).click();

    // The list shows the endpoint, its events and that it is on; never the secret.
    const row = page.getByRole('row', { name: new RegExp(receiver.url.replace(/[.?]/g, '\\$&')) });
    await expect(row).toContainText(t.events.lead_won);
    await expect(row).toContainText(t.events.offer_accepted);
    await expect(row).toContainText(t.enum.WebhookEndpointStatus.ENABLED);
    await expect(page.getByText(secret)).toHaveCount(0);

    // Its deliveries: none yet; a test goes out to the receiver and shows up with its answer.
    await row.getByRole('button', { name: `${t.webhooks.deliveries}: ${receiver.url}` }).click();
    const deliveries = page.getByRole('dialog', { name: t.webhooks.deliveriesTitle });
    await expect(deliveries.getByText(t.webhooks.noDeliveries)).toBeVisible();
    await deliveries.getByRole('button', { name: t.webhooks.sendTest }).click();
    const delivery = deliveries.getByRole('row', { name: /webhook\.test/ });
    await expect(delivery).toBeVisible();
    await expect(async () => {
      await deliveries.getByRole('button', { name: t.webhooks.refresh }).click();
      await expect(delivery).toContainText(t.enum.WebhookDeliveryStatus.SUCCEEDED, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(delivery.getByRole('cell').nth(3)).toHaveText('1');
    await expect(delivery.getByRole('cell').nth(4)).toHaveText('200');
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ type: 'webhook.test' });
    expect(receiver.received[0]!.headers['webhook-signature']).toMatch(/^v1,/);
    await checkScreen(page, 'webhook-deliveries');
    await deliveries.getByRole('button', { name: t.common.close }).click();

    // A new secret, shown once too.
    await row.getByRole('button', { name: `${t.webhooks.rotate}: ${receiver.url}` }).click();
    const rotate = page.getByRole('dialog', { name: t.webhooks.rotateTitle });
    await rotate.getByRole('button', { name: t.webhooks.rotate }).click();
    const rotated = (await rotate.getByLabel(t.webhooks.secret, { exact: true }).innerText()).trim();
    expect(rotated).toMatch(/^whsec_/);
    expect(rotated).not.toBe(secret);
    await rotate.getByRole('button', { name: t.common.done }).click();

    // Off and on again.
    await row.getByRole('button', { name: `${t.webhooks.disable}: ${receiver.url}` }).click();
    await expect(row).toContainText(t.enum.WebhookEndpointStatus.DISABLED);
    await expect(row).toContainText(t.enum.WebhookDisabledReason.BY_ADMIN);
    await checkScreen(page, 'webhooks');
    await row.getByRole('button', { name: `${t.webhooks.enable}: ${receiver.url}` }).click();
    await expect(row).toContainText(t.enum.WebhookEndpointStatus.ENABLED);
  } finally {
    await receiver.close();
  }
});
