import type { INestApplicationContext } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { createWorker } from '../../apps/worker/src/worker.app';
import { AppConfig, JobQueue, QUEUE, Role } from '@leadrelay/core';
import { AccountToken, PasswordService, User } from '@leadrelay/identity';
import { Notification, NotificationDelivery, NotificationKind, NotificationStatus } from '@leadrelay/notifications';
import { LOGIN, type TestMember, aMember, aPartner, aTenant, loginAs } from '../factories/identity.factories';
import { codeOf, extensionsOf } from '../support/graphql-results';
import { closeOwnerOrm, countRows, ownerEm, readRow } from '../support/owner-orm';
import { type CaughtMail, SmtpCatcher } from '../support/smtp-catcher';
import { TEST_JWT_SECRET, type TestApi, createTestApi } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { waitUntil } from '../support/wait-until';
import { graphql } from '../support/graphql/generated';
import type { AddMemberInput } from '../support/graphql/generated/graphql';

const PORTAL_URL = 'https://portal.nordlicht.example';
const LINK = new RegExp(`${PORTAL_URL.replace(/\./g, '\\.')}/set-password\\?token=([A-Za-z0-9_-]+)`);

const ADD = graphql(`
  mutation InvitationPasswordAdd($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      user {
        id
        email
      }
    }
  }
`);
const RESEND = graphql(`
  mutation InvitationPasswordResend($id: ID!) {
    resendInvitation(id: $id)
  }
`);
const SET_PASSWORD = graphql(`
  mutation InvitationPasswordSetPassword($input: SetPasswordInput!) {
    setPassword(input: $input)
  }
`);
const REQUEST_RESET = graphql(`
  mutation InvitationPasswordRequestReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);
const ME = graphql(`
  query InvitationPasswordMe {
    me {
      user {
        email
      }
      membership {
        tenant {
          id
        }
      }
    }
  }
`);

const unique = () => Math.random().toString(36).slice(2, 10);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The one-time token in a mail's link: the same in the text and the HTML part. */
function tokenIn(mail: CaughtMail): string {
  const fromText = LINK.exec(mail.parsed.text ?? '')?.[1];
  const fromHtml = LINK.exec(typeof mail.parsed.html === 'string' ? mail.parsed.html : '')?.[1];
  if (!fromText) throw new Error(`no set-password link in: ${mail.parsed.text}`);
  expect(fromHtml).toBe(fromText);
  return fromText;
}

async function notificationsTo(email: string, kind?: NotificationKind): Promise<Notification[]> {
  return (await ownerEm()).find(
    Notification,
    { email, ...(kind ? { kind } : {}) },
    { filters: false, orderBy: { createdAt: 'asc' } },
  );
}

async function passwordHashOf(userId: string): Promise<string | null | undefined> {
  return (await (await ownerEm()).findOneOrFail(User, { id: userId }, { populate: ['passwordHash'] })).passwordHash;
}

/**
 * Invitations and password resets as they reach a person: addMember and requestPasswordReset write
 * the mail in their transaction, the worker delivers it over real SMTP to a server in this test,
 * and the link's token sets the password once, before it expires.
 */
describe('invitations and password resets', () => {
  let smtp: SmtpCatcher;
  let api: TestApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    const env = { SMTP_URL: smtp.url, PORTAL_URL, MAIL_FROM: 'LeadRelay <noreply@leadrelay.test>' };
    api = await createTestApi(env);
    const { appUrl } = await testDatabase();
    worker = await createWorker(AppConfig.from({ NODE_ENV: 'test', DATABASE_URL: appUrl, JWT_SECRET: TEST_JWT_SECRET, ...env }), [
      'error',
    ]);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.stop();
    await closeOwnerOrm();
  });

  const mailTo = async (email: string, subject: RegExp, count = 1): Promise<CaughtMail> => {
    const matching = (all: CaughtMail[]) =>
      all.filter((m) => m.envelopeTo.includes(email) && subject.test(m.parsed.subject ?? ''));
    return matching(await smtp.waitFor((all) => matching(all).length >= count))[count - 1]!;
  };
  const setPassword = (token: string, password: string) => api.graphql(SET_PASSWORD, { input: { token, password } });
  const login = (email: string, password: string, tenantId?: string) =>
    api.graphql(LOGIN, { input: { email, password, tenantId } });
  const requestReset = (email: string) => api.graphql(REQUEST_RESET, { input: { email } });
  /** Requests a reset and waits until the API has written its mail (or found nothing to write). */
  const requestResetAndSettle = async (email: string) => {
    const answer = await requestReset(email);
    await api.app.get(PasswordService).whenIdle();
    return answer;
  };

  /** A German tenant and its logged-in vendor admin. */
  async function anAdminOf() {
    const tenant = await aTenant();
    const admin = await aMember(tenant, Role.VENDOR_ADMIN);
    return { tenant, admin, token: await loginAs(api, admin) };
  }

  async function invite(token: string, input: AddMemberInput) {
    const result = await api.graphql(ADD, { input }, token);
    expect(result.errors).toBeUndefined();
    return result;
  }

  describe('invitation', () => {
    it("mails a new member in the tenant's language a link that sets the password once; then the person logs in", async () => {
      const { tenant, token } = await anAdminOf();
      const email = `new-${unique()}@example.test`;
      const added = await invite(token, { email, name: 'Nele Neu', role: 'MARKETING' });

      const mail = await mailTo(email, /^Einladung in das Partnerportal/);
      expect(mail.parsed.subject).toBe(`Einladung in das Partnerportal von ${tenant.name}`);
      expect(mail.parsed.headers.get('content-language')).toBe('de');
      expect(mail.parsed.text).toContain('Hallo Nele Neu,');
      expect(mail.parsed.text).toContain('Rolle: Marketing');
      expect(mail.parsed.text).toContain('lässt sich deshalb nicht abbestellen');
      const linkToken = tokenIn(mail);
      expect(Buffer.from(linkToken, 'base64url')).toHaveLength(32);

      // Stored: the token's hash, never the token; the API's answer does not carry it either.
      const user = await readRow(User, { email });
      expect(await readRow(AccountToken, { user: user.id })).toMatchObject({ tokenHash: sha256(linkToken), usedAt: null });
      expect(JSON.stringify(added)).not.toContain(linkToken);
      const [notification] = await notificationsTo(email, NotificationKind.INVITATION);
      await waitUntil(async () => (await readRow(Notification, { id: notification!.id })).status === NotificationStatus.SENT);
      // Once sent, not even the sealed token stays in the notification.
      const sent = await readRow(Notification, { id: notification!.id });
      expect(sent.data).not.toHaveProperty('sealedToken');
      expect(JSON.stringify(sent)).not.toContain(linkToken);

      expect(codeOf(await login(email, 'a brand new password'))).toBe('UNAUTHENTICATED');
      expect((await setPassword(linkToken, 'a brand new password')).data).toEqual({ setPassword: true });
      const loggedIn = await login(email, 'a brand new password');
      expect(loggedIn.errors).toBeUndefined();
      const me = await api.graphql(ME, {}, loggedIn.data!.login.accessToken);
      expect(me.data!.me).toEqual({ user: { email }, membership: { tenant: { id: tenant.id } } });

      // The token works once.
      const again = await setPassword(linkToken, 'another new password');
      expect(codeOf(again)).toBe('TOKEN_INVALID');
      expect(extensionsOf(again).field).toBe('token');
      expect(codeOf(await login(email, 'another new password'))).toBe('UNAUTHENTICATED');
    });

    it("writes in the person's own language when it is given, and names the partner", async () => {
      const { tenant, token } = await anAdminOf();
      const partner = await aPartner(tenant, { name: `Hansa ${unique()}` });
      const email = `en-${unique()}@example.test`;
      await invite(token, { email, name: 'Erin English', role: 'PARTNER_SALES', partnerId: partner.id, locale: 'EN' });

      const mail = await mailTo(email, /^Your invitation/);
      expect(mail.parsed.subject).toBe(`Your invitation to the partner portal of ${tenant.name}`);
      expect(mail.parsed.headers.get('content-language')).toBe('en');
      expect(mail.parsed.text).toContain('Role: Partner sales');
      expect(mail.parsed.text).toContain(`Partner: ${partner.name}`);
      expect(mail.parsed.text).toContain('cannot be switched off');
      expect((await setPassword(tokenIn(mail), 'twelve or more characters')).data).toEqual({ setPassword: true });
    });

    it('tells a user who has a password of the new tenant instead, with no link to set one', async () => {
      const elsewhere = await aMember(await aTenant(), Role.CHANNEL_MANAGER);
      const { tenant, token } = await anAdminOf();
      await invite(token, { email: elsewhere.email, name: 'ignored', role: 'DIRECT_SALES' });

      const mail = await mailTo(elsewhere.email, /^Sie haben jetzt Zugang/);
      expect(mail.parsed.subject).toBe(`Sie haben jetzt Zugang zu ${tenant.name}`);
      expect(mail.parsed.text).toContain('Rolle: Direktvertrieb');
      expect(mail.parsed.text).toContain(`${PORTAL_URL}/login`);
      expect(mail.parsed.text).not.toMatch(/set-password/);
      expect(await countRows(AccountToken, { user: elsewhere.user.id })).toBe(0);
      // The password the person had still works, now in the new tenant too.
      expect((await login(elsewhere.email, elsewhere.password, tenant.id)).errors).toBeUndefined();
    });

    it('refuses an expired link (TOKEN_EXPIRED) and leaves the account without a password', async () => {
      const { token } = await anAdminOf();
      const email = `late-${unique()}@example.test`;
      const added = await invite(token, { email, name: 'Late Comer', role: 'MARKETING' });
      const linkToken = tokenIn(await mailTo(email, /^Einladung/));

      // Seven days have passed.
      await (
        await ownerEm()
      ).nativeUpdate(AccountToken, { tokenHash: sha256(linkToken) }, { expiresAt: new Date(Date.now() - 1000) });
      const answer = await setPassword(linkToken, 'too late for this one');
      expect(codeOf(answer)).toBe('TOKEN_EXPIRED');
      expect(extensionsOf(answer).field).toBe('token');
      expect(await passwordHashOf(added.data!.addMember.user.id)).toBeNull();
    });

    it('refuses an unknown token (TOKEN_INVALID) without writing anything', async () => {
      const answer = await setPassword('x'.repeat(43), 'a perfectly fine password');
      expect(codeOf(answer)).toBe('TOKEN_INVALID');
    });

    it('refuses a short password and the e-mail as password (BAD_USER_INPUT on password); the link still works after', async () => {
      const { token } = await anAdminOf();
      const email = `picky-${unique()}@example.test`;
      const added = await invite(token, { email, name: 'Paula Picky', role: 'MARKETING' });
      const linkToken = tokenIn(await mailTo(email, /^Einladung/));

      for (const password of ['too short', email.toUpperCase(), `${email}!!`]) {
        const answer = await setPassword(linkToken, password);
        expect(codeOf(answer)).toBe('BAD_USER_INPUT');
        expect(extensionsOf(answer).field).toBe('password');
      }
      expect(await passwordHashOf(added.data!.addMember.user.id)).toBeNull();
      expect((await readRow(AccountToken, { tokenHash: sha256(linkToken) })).usedAt).toBeNull();
      expect((await setPassword(linkToken, 'now a good long password')).data).toEqual({ setPassword: true });
    });

    it('writes neither user, token nor mail for a bad addMember', async () => {
      const { tenant, token } = await anAdminOf();
      const before = await countRows(Notification, { tenantId: tenant.id });
      const email = `bad-${unique()}@example.test`;
      const answer = await api.graphql(ADD, { input: { email, name: 'Bad', role: 'PARTNER_SALES' } }, token);
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(await countRows(User, { email })).toBe(0);
      expect(await countRows(Notification, { tenantId: tenant.id })).toBe(before);
    });

    it('sets the password once when the same link is used twice at the same moment', async () => {
      const { token } = await anAdminOf();
      const email = `twice-${unique()}@example.test`;
      await invite(token, { email, name: 'Twice Clicked', role: 'MARKETING' });
      const linkToken = tokenIn(await mailTo(email, /^Einladung/));

      const answers = await Promise.all([
        setPassword(linkToken, 'first of two passwords'),
        setPassword(linkToken, 'second of two passwords'),
      ]);
      expect(answers.map((a) => codeOf(a) ?? 'OK').sort()).toEqual(['OK', 'TOKEN_INVALID']);
      const winner = answers[0]!.errors ? 'second of two passwords' : 'first of two passwords';
      const loser = answers[0]!.errors ? 'first of two passwords' : 'second of two passwords';
      expect((await login(email, winner)).errors).toBeUndefined();
      expect(codeOf(await login(email, loser))).toBe('UNAUTHENTICATED');
    });

    it('gives up at once on a link it cannot read (JWT_SECRET changed), and keeps no sealed token', async () => {
      const tenant = await aTenant();
      const member = await aMember(tenant, Role.MARKETING);
      const em = await ownerEm();
      // As the API wrote it under another secret; no job, so only this test delivers it.
      const notification = em.create(Notification, {
        tenantId: tenant.id,
        kind: NotificationKind.INVITATION,
        userId: member.user.id,
        email: member.email,
        recipientName: member.user.name,
        locale: tenant.locale,
        data: { leadId: null, role: 'MARKETING', sealedToken: 'v1.AAAA.AAAA.AAAA' },
      });
      await em.flush();

      await worker
        .get(NotificationDelivery)
        .deliver({ tenantId: tenant.id, notificationId: notification.id, retryCount: 0, retryLimit: 12 });
      const failed = await readRow(Notification, { id: notification.id });
      expect(failed).toMatchObject({
        status: NotificationStatus.FAILED,
        attempts: 1,
        lastError: expect.stringMatching(/link could not be read/),
      });
      expect(failed.data).not.toHaveProperty('sealedToken');
      expect(smtp.mails.filter((m) => m.envelopeTo.includes(member.email))).toEqual([]);
    });

    describe('resendInvitation', () => {
      it('mails a new link; the first one to be used ends the others', async () => {
        const { token } = await anAdminOf();
        const email = `again-${unique()}@example.test`;
        const added = await invite(token, { email, name: 'Again', role: 'MARKETING' });
        const first = tokenIn(await mailTo(email, /^Einladung/));

        expect((await api.graphql(RESEND, { id: added.data!.addMember.id }, token)).data).toEqual({ resendInvitation: true });
        const second = tokenIn(await mailTo(email, /^Einladung/, 2));
        expect(second).not.toBe(first);

        expect((await setPassword(second, 'the second link wins')).data).toEqual({ setPassword: true });
        expect(codeOf(await setPassword(first, 'the first link is spent'))).toBe('TOKEN_INVALID');
        expect(codeOf(await api.graphql(RESEND, { id: added.data!.addMember.id }, token))).toBe('CONFLICT');
        expect(await countRows(Notification, { email, kind: NotificationKind.INVITATION })).toBe(2);
      });

      it("answers a partner admin's resend for a vendor member NOT_FOUND, and a channel manager's FORBIDDEN", async () => {
        const { tenant, token } = await anAdminOf();
        const partner = await aPartner(tenant);
        const partnerAdmin = await aMember(tenant, Role.PARTNER_ADMIN, { partner });
        const channel = await aMember(tenant, Role.CHANNEL_MANAGER);
        const email = `guarded-${unique()}@example.test`;
        const added = await invite(token, { email, name: 'Guarded', role: 'MARKETING' });
        await mailTo(email, /^Einladung/);

        const id = added.data!.addMember.id;
        expect(codeOf(await api.graphql(RESEND, { id }, await loginAs(api, partnerAdmin)))).toBe('NOT_FOUND');
        expect(codeOf(await api.graphql(RESEND, { id }, await loginAs(api, channel)))).toBe('FORBIDDEN');
        expect(await countRows(Notification, { email })).toBe(1);
      });
    });
  });

  describe('password reset', () => {
    it('answers true for an unknown e-mail and writes nothing for it', async () => {
      const email = `nobody-${unique()}@example.test`;
      expect((await requestResetAndSettle(email)).data).toEqual({ requestPasswordReset: true });
      expect(await countRows(Notification, { email })).toBe(0);
      expect(smtp.mails.filter((m) => m.envelopeTo.includes(email))).toEqual([]);
    });

    it("mails a link from the user's first tenant that sets a new password and ends every session", async () => {
      const [first, second] = [await aTenant(), await aTenant()];
      const member: TestMember = await aMember(first, Role.CHANNEL_MANAGER);
      await aMember(second, Role.MARKETING, { user: member.user });
      const sessions = [
        await loginAs(api, member, first.id),
        await loginAs(api, member, first.id),
        await loginAs(api, member, second.id),
      ];
      const elsewhere = await aMember(first, Role.MARKETING);
      const bystander = await loginAs(api, elsewhere);

      expect((await requestResetAndSettle(member.email.toUpperCase())).data).toEqual({ requestPasswordReset: true });
      const mail = await mailTo(member.email, /^Neues Passwort/);
      expect(mail.parsed.text).toContain(`Partnerportal von ${first.name}`);
      expect(mail.parsed.text).toContain('nicht abbestellen');
      const linkToken = tokenIn(mail);
      const [notification] = await notificationsTo(member.email, NotificationKind.PASSWORD_RESET);
      expect(notification!.tenantId).toBe(first.id);
      // An hour from now.
      const expiresAt = (await readRow(AccountToken, { tokenHash: sha256(linkToken) })).expiresAt.getTime();
      expect(expiresAt - Date.now()).toBeGreaterThan(55 * 60 * 1000);
      expect(expiresAt - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000);

      expect((await setPassword(linkToken, 'my new and better password')).data).toEqual({ setPassword: true });
      for (const session of sessions) {
        expect(codeOf(await api.graphql(ME, {}, session))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await api.graphql(ME, {}, bystander))).toBeUndefined();
      expect(codeOf(await login(member.email, member.password, first.id))).toBe('UNAUTHENTICATED');
      expect((await login(member.email, 'my new and better password', second.id)).errors).toBeUndefined();
      expect(codeOf(await setPassword(linkToken, 'once more with this link'))).toBe('TOKEN_INVALID');
    });

    it('lets a user locked out by failed logins in with the new password at once', async () => {
      const member = await aMember(await aTenant(), Role.DIRECT_SALES);
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect(codeOf(await login(member.email, `guess ${attempt}`))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await login(member.email, member.password))).toBe('TOO_MANY_REQUESTS');

      await requestResetAndSettle(member.email);
      const linkToken = tokenIn(await mailTo(member.email, /^Neues Passwort/));
      expect((await setPassword(linkToken, 'remembered at last')).data).toEqual({ setPassword: true });
      expect((await login(member.email, 'remembered at last')).errors).toBeUndefined();
    });

    it('refuses a bad e-mail (BAD_USER_INPUT on email) and writes nothing', async () => {
      const answer = await requestReset('not an e-mail');
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(extensionsOf(answer).field).toBe('email');
      expect(await countRows(Notification, { email: 'not an e-mail' })).toBe(0);
    });

    it('refuses the fourth request within the hour for one e-mail, known or not, alike', async () => {
      const known = await aMember(await aTenant(), Role.MARKETING);
      const unknown = `nobody-${unique()}@example.test`;
      for (const email of [known.email, unknown]) {
        for (let request = 1; request <= 3; request++) {
          expect((await requestReset(email)).data).toEqual({ requestPasswordReset: true });
        }
        const fourth = await requestReset(email);
        expect(fourth.data).toBeNull();
        expect(codeOf(fourth)).toBe('TOO_MANY_REQUESTS');
        expect(extensionsOf(fourth).retryAfterSeconds).toEqual(expect.any(Number));
        expect(extensionsOf(fourth).retryAfterSeconds).toBeLessThanOrEqual(60 * 60);
      }
      await api.app.get(PasswordService).whenIdle();
      expect(await countRows(Notification, { email: known.email, kind: NotificationKind.PASSWORD_RESET })).toBe(3);
      expect(await countRows(Notification, { email: unknown })).toBe(0);
    });
  });

  it('mails an invitation before a backlog of other notices (a sweep may leave thousands)', async () => {
    const { tenant, token } = await anAdminOf();
    const bystander = await aMember(tenant, Role.MARKETING);
    const em = await ownerEm();
    const backlog = Array.from({ length: 200 }, () =>
      em.create(Notification, {
        tenantId: tenant.id,
        kind: NotificationKind.MEMBERSHIP_ADDED,
        userId: bystander.user.id,
        email: bystander.email,
        recipientName: bystander.user.name,
        locale: tenant.locale,
        data: { leadId: null, role: 'MARKETING' },
      }),
    );
    await em.flush();
    await worker.get(JobQueue).sendMany(
      em,
      QUEUE.notification,
      backlog.map((n) => ({ data: { tenantId: tenant.id, notificationId: n.id } })),
    );

    const email = `urgent-${unique()}@example.test`;
    await invite(token, { email, name: 'Waiting At The Screen', role: 'MARKETING' });
    await mailTo(email, /^Einladung/);
    const backlogDelivered = smtp.mails.filter((m) => m.envelopeTo.includes(bystander.email)).length;
    expect(backlogDelivered).toBeLessThan(backlog.length / 2);
  });
});
