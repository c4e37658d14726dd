/**
 * The SQL forms of the SLA clock (database/sla-clock.ts) select exactly the rows the JS definition
 * (domain/sla-clock.ts) accepts: complaint rows covering every combination of status, pause,
 * at-risk moment, deadline and fired columns, one Strapi boot. The timer table the triggers keep
 * holds exactly the thresholds `hasTimer` names. Runs on SQLite and on PostgreSQL (`npm run test:pg`).
 */
import { slaClockSql } from '../../src/plugins/complaint-desk/server/src/database/sla-clock';
import { clockQueue, hasTimer, isCrossed, isPending, type ClockRow, type Threshold } from '../../src/plugins/complaint-desk/server/src/domain/sla-clock';
import { startStrapi, type TestApp } from '../helpers/strapi';

let t: TestApp;
const UID = 'plugin::complaint-desk.complaint';
const HOUR = 3_600_000;
const now = new Date(Math.floor(Date.now() / 1000) * 1000 + 5 * 24 * HOUR);
const at = (hours: number | null) => (hours === null ? null : new Date(now.getTime() + hours * HOUR).toISOString());
const ids: number[] = [];
let rows: Array<ClockRow & { id: number }> = [];

beforeAll(async () => {
  t = await startStrapi({ DEMO_SEED_ON_START: 'false' });
  const data: Record<string, unknown>[] = [];
  let n = 0;
  for (const status of ['investigating', 'awaiting_customer', 'closed'])
    for (const paused of [null, -3])
      for (const atRisk of [null, -2, 0, 1])
        for (const due of [null, -1, 0, 2])
          for (const riskFired of [null, -1.5])
            for (const breachFired of [null, -0.5])
              data.push({
                trackingCode: `CLOCK${String(n++).padStart(7, '0')}`,
                status,
                channel: 'phone',
                subject: 'clock',
                description: 'd',
                language: 'en',
                slaStage: 'evaluation',
                slaPausedAt: at(paused),
                slaAtRiskAt: at(atRisk),
                slaDueAt: at(due),
                slaAtRiskFiredAt: at(riskFired),
                slaBreachedAt: at(breachFired),
              });
  for (const d of data) ids.push((await t.strapi.db.query(UID as any).create({ data: d, select: ['id'] })).id);
  rows = await t.strapi.db.query(UID as any).findMany({
    where: { id: { $in: ids } },
    select: ['id', 'status', 'slaPausedAt', 'slaAtRiskAt', 'slaDueAt', 'slaAtRiskFiredAt', 'slaBreachedAt'],
  });
});

afterAll(async () => {
  await t?.close();
});

const table = () => t.strapi.db.metadata.get(UID as any).tableName;
const select = async (predicate: { sql: string; bindings: unknown[] }): Promise<number[]> => {
  const knex = t.strapi.db.connection;
  const found = await knex.from(`${table()} as c`).whereIn('c.id', ids).whereRaw(predicate.sql, predicate.bindings as any).select('c.id');
  return found.map((r: any) => Number(r.id)).sort((a: number, b: number) => a - b);
};
const where = (f: (r: ClockRow) => boolean) => rows.filter(f).map((r) => r.id).sort((a, b) => a - b);

it('covers every case', () => {
  expect(rows).toHaveLength(3 * 2 * 4 * 4 * 2 * 2);
  expect(where((r) => clockQueue(r, now) === 'at_risk').length).toBeGreaterThan(0);
  expect(where((r) => clockQueue(r, now) === 'breached').length).toBeGreaterThan(0);
});

it.each<Threshold>(['at_risk', 'breached'])('crossed and pending (%s): SQL = JS', async (th) => {
  const clock = slaClockSql(t.strapi);
  expect(await select(clock.crossed('c', th, now))).toEqual(where((r) => isCrossed(r, th, now)));
  expect(await select(clock.pending('c', th, now))).toEqual(where((r) => isPending(r, th, now)));
});

it.each<Threshold>(['at_risk', 'breached'])('the %s queue (with its open-status filter): SQL = JS', async (queue) => {
  const clock = slaClockSql(t.strapi);
  const q = clock.queue('c', queue, now);
  const open = clock.open('c');
  expect(q.open).toBe(true);
  expect(await select({ sql: `${open.sql} and ${q.sql}`, bindings: [...open.bindings, ...q.bindings] })).toEqual(where((r) => clockQueue(r, now) === queue));
});

it('the timer rows: SQL = JS, and the triggers keep the timer table equal to them', async () => {
  const knex = t.strapi.db.connection;
  const clock = slaClockSql(t.strapi);
  const expected = rows
    .flatMap((r) => (['at_risk', 'breached'] as const).filter((th) => hasTimer(r, th)).map((th) => `${r.id}:${th}`))
    .sort();
  const result = await knex.raw(`select * from (${clock.timerRows(`${table()} a`, 'a')}) x`);
  const selected = (t.strapi.db.dialect.client === 'postgres' ? result.rows : result) as Array<Record<string, unknown>>;
  const pairs = selected.map((r) => Object.values(r)).filter(([id]) => ids.includes(Number(id))).map(([id, th]) => `${Number(id)}:${th}`).sort();
  expect(pairs).toEqual(expected);
  const timers = await knex('cd_sla_timers').whereIn('complaint_id', ids).select('complaint_id', 'threshold');
  expect(timers.map((r: any) => `${Number(r.complaint_id)}:${r.threshold}`).sort()).toEqual(expected);
});
