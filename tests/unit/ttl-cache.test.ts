/** domain/ttl-cache.ts and the snapshot needs a list page relies on. */
import { TtlCache } from '../../src/plugins/complaint-desk/server/src/domain/ttl-cache';
import { snapshotNeeds } from '../../src/plugins/complaint-desk/server/src/domain/actions';
import { STATUSES, TRANSITIONS } from '../../src/plugins/complaint-desk/server/src/domain/lifecycle';

describe('TtlCache', () => {
  it('serves an entry until its TTL, never past its own expiry', () => {
    const c = new TtlCache<string, number>(5000);
    c.set('a', 1, 1000, c.generation);
    expect(c.get('a', 5999)).toBe(1);
    expect(c.get('a', 6000)).toBeUndefined();
    c.set('b', 2, 1000, c.generation, 2000); // e.g. the token expires first
    expect(c.get('b', 1999)).toBe(2);
    expect(c.get('b', 2000)).toBeUndefined();
    c.set('c', 3, 1000, c.generation, 1000); // already expired: not stored
    expect(c.get('c', 1000)).toBeUndefined();
  });

  it('forgets everything on clear, and ignores a value read before the clear', () => {
    const c = new TtlCache<string, number>(5000);
    c.set('a', 1, 0, c.generation);
    const before = c.generation; // a fill starts reading…
    c.clear(); // …a write invalidates meanwhile…
    expect(c.get('a', 1)).toBeUndefined();
    c.set('b', 2, 1, before); // …so the stale value is not stored
    expect(c.get('b', 2)).toBeUndefined();
    c.set('b', 3, 1, c.generation);
    expect(c.get('b', 2)).toBe(3);
  });

  it('is off with a TTL of 0 and keeps at most maxEntries', () => {
    const off = new TtlCache<string, number>(0);
    off.set('a', 1, 0, off.generation);
    expect(off.get('a', 0)).toBeUndefined();
    const small = new TtlCache<number, number>(1000, 3);
    for (let i = 0; i < 5; i++) small.set(i, i, 0, small.generation);
    expect(small.size).toBe(3);
    expect(small.get(0, 1)).toBeUndefined();
    expect(small.get(4, 1)).toBe(4);
  });
});

describe('snapshotNeeds', () => {
  it('asks for approvals and surveys exactly in the statuses whose actions read them', () => {
    const from = (a: string) => TRANSITIONS.find((t) => t.action === a)!.from as readonly string[];
    for (const status of STATUSES) {
      expect(snapshotNeeds(status)).toEqual({
        approvals: from('approve').includes(status) || from('decline').includes(status),
        surveys: from('record-survey').includes(status),
      });
    }
    expect(snapshotNeeds('investigating')).toEqual({ approvals: false, surveys: false });
    expect(snapshotNeeds('pending_approval').approvals).toBe(true);
    expect(snapshotNeeds('resolved').surveys).toBe(true);
  });
});

describe('working time with a frozen calendar (compiled once per object)', () => {
  it('gives the same answers as the same calendar unfrozen', async () => {
    const { TEHRAN } = await import('./working-time.fixtures');
    const { addWorkingTime, workingTimeBetween } = await import('../../src/plugins/complaint-desk/server/src/domain/working-time');
    const frozen = JSON.parse(JSON.stringify(TEHRAN));
    const deepFreeze = (v: any): any => {
      if (v && typeof v === 'object') {
        Object.freeze(v);
        Object.values(v).forEach(deepFreeze);
      }
      return v;
    };
    deepFreeze(frozen);
    const a = new Date('2027-01-13T16:00:00Z');
    const b = new Date('2027-02-02T09:30:00Z');
    for (let i = 0; i < 3; i++) {
      expect(workingTimeBetween(a, b, frozen)).toEqual(workingTimeBetween(a, b, TEHRAN));
      expect(addWorkingTime(a, { days: 3, hours: 2 }, frozen).getTime()).toBe(addWorkingTime(a, { days: 3, hours: 2 }, TEHRAN).getTime());
    }
  });
});
