import { Clock } from '../clock/clock';
import { TENANT_CACHE_MS, TenantCache } from './tenant-cache';

class TestClock extends Clock {
  at = 1_000_000;
  now(): Date {
    return new Date(this.at);
  }
}

describe('TenantCache', () => {
  it('reads a tenant again once the bound is over, not before', async () => {
    const clock = new TestClock();
    const cache = new TenantCache<{ version: number }>(clock);
    let version = 1;
    const read = () => Promise.resolve({ version: version++ });
    expect(await cache.get('t', read)).toEqual({ version: 1 });
    clock.at += TENANT_CACHE_MS;
    expect(await cache.get('t', read)).toEqual({ version: 1 });
    clock.at += 1;
    expect(await cache.get('t', read)).toEqual({ version: 2 });
  });

  it('forgets a tenant at once, and does not remember a read that was under way when it forgot', async () => {
    const cache = new TenantCache<string>(new TestClock());
    expect(await cache.get('t', () => Promise.resolve('old'))).toBe('old');
    cache.forget('t');
    let finish!: (value: string) => void;
    const underWay = cache.get('t', () => new Promise<string>((resolve) => (finish = resolve)));
    cache.forget('t');
    finish('read before the save');
    expect(await underWay).toBe('read before the save');
    expect(await cache.get('t', () => Promise.resolve('new'))).toBe('new');
  });

  it('hands out frozen values, shared by the requests of the bound', async () => {
    const cache = new TenantCache<{ rules: { points: number }[] }>(new TestClock());
    const value = await cache.get('t', () => Promise.resolve({ rules: [{ points: 5 }] }));
    expect(Object.isFrozen(value.rules[0])).toBe(true);
    expect(await cache.get('t', () => Promise.reject(new Error('not read again')))).toBe(value);
  });
});
