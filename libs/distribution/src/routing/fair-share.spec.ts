import { PartnerTier } from '@leadrelay/partners';
import { FACTOR_BOUNDS, type Performance, type ShareInput, rankByFairShare, weightOf, weightedLevel } from './fair-share';

const NEUTRAL: Performance = { acceptanceRate: null, medianHoursToAccept: null, winRate: null, returnRate: null };

/** Routes `leads` leads one by one, each EXCLUSIVE to the top candidate, and counts what everyone received. */
function simulate(
  partners: { id: string; weight: number; availableFrom?: number }[],
  leads: number,
  offers: { partnerId: string; at: number }[] = [],
): Map<string, number> {
  for (let lead = 0; lead < leads; lead += 1) {
    const at = offers.length;
    const candidates = partners.filter((p) => (p.availableFrom ?? 0) <= at);
    const inputs: ShareInput[] = candidates.map((p) => {
      const since = p.availableFrom ?? 0;
      const others = candidates.filter((c) => c.id !== p.id);
      const before = offers.slice(0, since);
      const baseline = since
        ? weightedLevel(
            others.map((o) => ({ weight: o.weight, level: before.filter((x) => x.partnerId === o.id).length / o.weight })),
          )
        : 0;
      const received = offers.slice(since).filter((o) => o.partnerId === p.id).length;
      return { partnerId: p.id, weight: p.weight, received, baseline };
    });
    const [top] = rankByFairShare(`lead-${lead}`, inputs);
    offers.push({ partnerId: top!.partnerId, at });
  }
  const counts = new Map<string, number>();
  for (const offer of offers) counts.set(offer.partnerId, (counts.get(offer.partnerId) ?? 0) + 1);
  return counts;
}

describe('fair share', () => {
  it('lands 1,000 leads over partners of different weights within 5 % of their fair shares', () => {
    const partners = [
      { id: 'gold', weight: weightOf(PartnerTier.GOLD, NEUTRAL).weight },
      { id: 'gold-fast', weight: weightOf(PartnerTier.GOLD, { ...NEUTRAL, acceptanceRate: 1, medianHoursToAccept: 1 }).weight },
      { id: 'silver', weight: weightOf(PartnerTier.SILVER, NEUTRAL).weight },
      { id: 'silver-returns', weight: weightOf(PartnerTier.SILVER, { ...NEUTRAL, returnRate: 0.6 }).weight },
      { id: 'bronze', weight: weightOf(PartnerTier.BRONZE, NEUTRAL).weight },
    ];
    const counts = simulate(partners, 1000);
    const total = partners.reduce((sum, p) => sum + p.weight, 0);
    for (const p of partners) {
      const fair = (1000 * p.weight) / total;
      expect(Math.abs(counts.get(p.id)! - fair)).toBeLessThanOrEqual(0.05 * fair);
    }
    // The weights differ, so the shares do: the fast gold partner gets more than the plain one.
    expect(counts.get('gold-fast')!).toBeGreaterThan(counts.get('gold')!);
    expect(counts.get('silver-returns')!).toBeLessThan(counts.get('silver')!);
  });

  it('does not flood a partner back from absence: from its return it gets its share of what follows', () => {
    const offers: { partnerId: string; at: number }[] = [];
    simulate(
      [
        { id: 'a', weight: 2 },
        { id: 'b', weight: 2 },
      ],
      500,
      offers,
    );
    // "c" was away for those 500 offers; it is available again from now.
    const counts = simulate(
      [
        { id: 'a', weight: 2 },
        { id: 'b', weight: 2 },
        { id: 'c', weight: 2, availableFrom: 500 },
      ],
      90,
      offers,
    );
    expect(counts.get('c')).toBe(30);
    expect(counts.get('a')! - 250).toBe(30);
  });

  it('gives a new partner leads from its first one, and none takes all', () => {
    const heavy = weightOf(PartnerTier.GOLD, { acceptanceRate: 1, medianHoursToAccept: 0, winRate: 1, returnRate: 0 });
    const light = weightOf(PartnerTier.BRONZE, { acceptanceRate: 0, medianHoursToAccept: 40, winRate: 0, returnRate: 1 });
    expect(heavy.performanceFactor).toBe(FACTOR_BOUNDS.max);
    expect(light.performanceFactor).toBe(FACTOR_BOUNDS.min);
    const counts = simulate(
      [
        { id: 'heavy', weight: heavy.weight },
        { id: 'new', weight: weightOf(PartnerTier.BRONZE, NEUTRAL).weight },
      ],
      110,
    );
    // 4.5 : 1
    expect(counts.get('new')).toBe(20);
    expect(counts.get('heavy')).toBe(90);
  });

  it('breaks ties by a hash of lead and partner, the same every time and not by age', () => {
    const inputs: ShareInput[] = ['p1', 'p2', 'p3', 'p4'].map((partnerId) => ({
      partnerId,
      weight: 2,
      received: 0,
      baseline: 0,
    }));
    const first = rankByFairShare('lead-x', inputs).map((r) => r.partnerId);
    expect(rankByFairShare('lead-x', [...inputs].reverse()).map((r) => r.partnerId)).toEqual(first);
    const firsts = new Set(Array.from({ length: 40 }, (_, i) => rankByFairShare(`lead-${i}`, inputs)[0]!.partnerId));
    expect(firsts.size).toBe(4);
  });

  it('puts the partner furthest below its share first and says by how much', () => {
    const ranked = rankByFairShare('lead', [
      { partnerId: 'ahead', weight: 1, received: 8, baseline: 0 },
      { partnerId: 'behind', weight: 1, received: 2, baseline: 0 },
    ]);
    expect(ranked.map((r) => [r.partnerId, r.rank, r.level, r.deficit])).toEqual([
      ['behind', 1, 2, 3],
      ['ahead', 2, 8, -3],
    ]);
  });
});
