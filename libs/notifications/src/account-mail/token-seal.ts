import { Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppConfig } from '@leadrelay/core';

const FORMAT = 'v1';

/**
 * Keeps the one-time token of a link (invitation, password reset) in a notification row without
 * storing it: the row is written by the API and read by the worker, possibly hours later after
 * retries, so the token must travel through the database, and there it is only as AES-256-GCM
 * ciphertext under a key derived from JWT_SECRET, which the database does not hold. A copy of the
 * database, or its SQL logged with LOG_SQL, gives no usable token. The ciphertext is bound to the
 * notification's id: copied into another row (another recipient), it does not open. The delivery
 * removes it once the mail is sent or given up.
 *
 * Why not the raw token, blanked after delivery: it would sit in the clear in the row (and in
 * backups and SQL logs) until then, for good if the mail never goes out. Why not only the hash:
 * the link cannot be rebuilt from it. Changing JWT_SECRET leaves undelivered links unreadable; their
 * mails fail at once (failedNotifications) and a new link is asked for, as every login ends too.
 */
@Injectable()
export class TokenSeal {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = Buffer.from(hkdfSync('sha256', config.JWT_SECRET, 'leadrelay', 'notification link token', 32));
  }

  seal(token: string, notificationId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(notificationId, 'utf8'));
    const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return [FORMAT, iv, sealed, cipher.getAuthTag()]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** The token, or null when it does not open here: another key, another notification, altered. */
  open(sealed: string, notificationId: string): string | null {
    const [format, iv, data, tag] = sealed.split('.');
    if (format !== FORMAT || !iv || !data || !tag) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'))
        .setAAD(Buffer.from(notificationId, 'utf8'))
        .setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
