import { AppConfig } from './app-config';

const base = { DATABASE_URL: 'postgresql://x@localhost/x', JWT_SECRET: 'a-secret-that-is-long-enough-for-hs256-signing' };

describe('AppConfig', () => {
  it('points the links in mails at this server on its PORT unless PORTAL_URL is set', () => {
    expect(AppConfig.from(base).PORTAL_URL).toBe('http://localhost:3000');
    expect(AppConfig.from({ ...base, PORT: '4100' }).PORTAL_URL).toBe('http://localhost:4100');
    expect(AppConfig.from({ ...base, PORT: '4100', PORTAL_URL: 'https://portal.example' }).PORTAL_URL).toBe(
      'https://portal.example',
    );
  });

  it('trusts no proxy unless TRUST_PROXY says which', () => {
    expect(AppConfig.from(base).trustProxy).toBe(false);
    expect(AppConfig.from({ ...base, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(AppConfig.from({ ...base, TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toBe('10.0.0.0/8, loopback');
    expect(AppConfig.from({ ...base, TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(() => AppConfig.from({ ...base, TRUST_PROXY: 'everyone!' })).toThrow(/TRUST_PROXY must be false, a number of proxies/);
  });
});
