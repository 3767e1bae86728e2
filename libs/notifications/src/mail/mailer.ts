import { Injectable, Logger } from '@nestjs/common';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '@leadrelay/core';

export interface OutgoingMail {
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
}

/**
 * Sends mail over SMTP (SMTP_URL). Without SMTP_URL each mail is written as an .eml file to
 * MAIL_DIR: the local mail catcher of `npm start`.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;
  private readonly mailDir?: string;

  constructor(config: AppConfig) {
    if (config.SMTP_URL) {
      this.transport = nodemailer.createTransport(config.SMTP_URL);
    } else {
      this.mailDir = config.MAIL_DIR;
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    }
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transport.sendMail({
      messageId: mail.messageId,
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: { 'Content-Language': mail.language },
    });
    if (!this.mailDir) {
      if ('message' in info) {
        throw new Error('No SMTP_URL and no MAIL_DIR are configured: LeadRelay cannot deliver mail.');
      }
      return;
    }
    mkdirSync(this.mailDir, { recursive: true });
    const file = join(
      this.mailDir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.messageId.replace(/[<>@]/g, '_')}.eml`,
    );
    writeFileSync(file, (info as { message: Buffer }).message);
    this.logger.log(`mail "${mail.subject}" to ${mail.to} written to ${file}`);
  }
}
