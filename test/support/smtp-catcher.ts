import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  envelopeTo: string[];
  parsed: ParsedMail;
  raw: string;
}

/** A real SMTP server on loopback that keeps what arrives, for tests that read the mail. */
export class SmtpCatcher {
  readonly mails: CaughtMail[] = [];
  private server!: SMTPServer;
  port = 0;

  /** `delayMs` slows every message down (to catch a worker in the middle of a batch). */
  constructor(private readonly options: { delayMs?: number; rejectRecipients?: RegExp } = {}) {}

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.options.rejectRecipients?.test(address.address)) {
          callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          if (this.options.delayMs) await new Promise((resolve) => setTimeout(resolve, this.options.delayMs));
          this.mails.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), parsed: await simpleParser(raw), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Waits until `count` mails have arrived (or `predicate` holds), polling. */
  async waitFor(predicate: (mails: CaughtMail[]) => boolean, timeoutMs = 30_000): Promise<CaughtMail[]> {
    const until = Date.now() + timeoutMs;
    while (!predicate(this.mails)) {
      if (Date.now() > until) throw new Error(`timed out waiting for mail; ${this.mails.length} arrived`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return this.mails;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
