import { randomBytes, randomUUID } from 'node:crypto';
import type { AppConfig } from '@leadrelay/core';
import { TokenSeal } from './token-seal';

const SECRET = 'a-jwt-secret-that-is-long-enough-for-the-test';

describe('TokenSeal', () => {
  const seal = new TokenSeal({ JWT_SECRET: SECRET } as AppConfig);
  const token = randomBytes(32).toString('base64url');
  const notificationId = randomUUID();

  it('opens what it sealed for the same notification, and the sealed form does not contain the token', () => {
    const sealed = seal.seal(token, notificationId);
    expect(sealed).not.toContain(token);
    expect(seal.open(sealed, notificationId)).toBe(token);
  });

  it('seals the same token differently each time', () => {
    expect(seal.seal(token, notificationId)).not.toBe(seal.seal(token, notificationId));
  });

  it('does not open for another notification, under another secret, or altered', () => {
    const sealed = seal.seal(token, notificationId);
    expect(seal.open(sealed, randomUUID())).toBeNull();
    expect(new TokenSeal({ JWT_SECRET: `${SECRET}-rotated` } as AppConfig).open(sealed, notificationId)).toBeNull();
    const [format, iv, data, tag] = sealed.split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0]! ^= 1;
    expect(seal.open([format, iv, flipped.toString('base64url'), tag].join('.'), notificationId)).toBeNull();
    expect(seal.open('not a sealed token', notificationId)).toBeNull();
  });
});
