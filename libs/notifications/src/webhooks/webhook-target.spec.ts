import type { LookupAddress } from 'node:dns';
import { WebhookTargetRefused, assertTargetAllowed, classifyAddress, guardedLookup, urlFormProblem } from './webhook-target';

describe('webhook targets', () => {
  it.each([
    ['93.184.215.14', 'public'],
    ['8.8.8.8', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['127.0.0.1', 'private'],
    ['127.1.2.3', 'private'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.178.1', 'private'],
    ['169.254.169.254', 'private'],
    ['100.64.0.1', 'private'],
    ['0.0.0.0', 'private'],
    ['::1', 'private'],
    ['::', 'private'],
    ['fe80::1', 'private'],
    ['fd12:3456::1', 'private'],
    // IPv4-mapped IPv6 is judged by the IPv4 address it carries.
    ['::ffff:127.0.0.1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:93.184.215.14', 'public'],
    ['224.0.0.1', 'forbidden'],
    ['255.255.255.255', 'forbidden'],
    ['192.0.2.1', 'forbidden'],
    ['2001:db8::1', 'forbidden'],
    // NAT64 and 6to4 wrap IPv4 addresses, possibly private ones.
    ['64:ff9b::7f00:1', 'forbidden'],
    ['2002:7f00:1::1', 'forbidden'],
  ])('classifies %s as %s', (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it.each([
    ['ftp://crm.example.com/hook', /Only http and https/],
    ['file:///etc/passwd', /Only http and https/],
    ['crm.example.com/hook', /absolute URL/],
    ['https://user:secret@crm.example.com/hook', /no credentials/],
  ])('refuses the form of %s', (url, message) => {
    expect(urlFormProblem(url)).toMatch(message);
  });

  it('accepts http and https URLs with a host', () => {
    expect(urlFormProblem('https://crm.example.com/hooks/leadrelay?x=1')).toBeNull();
    expect(urlFormProblem('http://93.184.215.14:8080/hook')).toBeNull();
  });

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://[::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    // The URL parser reads these as 127.0.0.1 and 10.0.0.1.
    'http://2130706433/hook',
    'http://0x7f.1/hook',
    'http://012.0.0.1/hook',
    'http://169.254.169.254/latest/meta-data/',
  ])('refuses %s, and allows it only when private targets are allowed', async (url) => {
    await expect(assertTargetAllowed(new URL(url), false)).rejects.toThrow(/private, loopback or link-local/);
    await expect(assertTargetAllowed(new URL(url), true)).resolves.toBeUndefined();
  });

  it('refuses multicast and documentation addresses even when private targets are allowed', async () => {
    for (const url of ['http://224.0.0.1/hook', 'http://192.0.2.10/hook', 'http://[2001:db8::1]/hook']) {
      await expect(assertTargetAllowed(new URL(url), true)).rejects.toThrow(WebhookTargetRefused);
    }
  });

  it('accepts a public address', async () => {
    await expect(assertTargetAllowed(new URL('https://93.184.215.14/hook'), false)).resolves.toBeUndefined();
  });

  /** The delivery's own connection resolves through this lookup, so the address it connects to is the one checked. */
  function resolveWith(allowPrivate: boolean, host: string, all: boolean): Promise<LookupAddress[] | string> {
    return new Promise((resolve, reject) =>
      guardedLookup(allowPrivate)(host, { all } as never, (error: Error | null, address: unknown) =>
        error ? reject(error) : resolve(address as LookupAddress[] | string),
      ),
    );
  }

  it('refuses, in the connection itself, a name that resolves to a loopback address', async () => {
    await expect(resolveWith(false, 'localhost', false)).rejects.toThrow(/localhost \((127\.0\.0\.1|::1)\) is a private/);
    await expect(resolveWith(false, 'localhost', true)).rejects.toThrow(WebhookTargetRefused);
    expect(await resolveWith(true, 'localhost', false)).toMatch(/^(127\.0\.0\.1|::1)$/);
    expect(await resolveWith(true, 'localhost', true)).toEqual(
      expect.arrayContaining([expect.objectContaining({ address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) })]),
    );
  });
});
