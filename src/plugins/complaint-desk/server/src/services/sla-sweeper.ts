/**
 * The SLA sweeper (SPEC §5): finds stages that are at risk (the policy's share of the stage's
 * working time has passed) or breached, and does what the policy says — notify the assignee, the
 * team lead or the directors, or raise the escalation line — writing one `escalate-sla`
 * complaint-event and the staff notifications, exactly once per stage and threshold.
 *
 * The rules are domain/escalation.ts (the plan for a claimed batch, the line-2 team) over
 * domain/sla-clock.ts (when a threshold is due); the claim and the writes are
 * database/sweeper.ts, the events and notifications go through the outbox service. This service
 * runs the batches and the schedule. A PostgreSQL sweep runs several lanes of batches at once
 * (config slaSweepLanes), each on its own share of the rows and its own connection, with
 * synchronous_commit off (a commit lost in a crash loses its claim too: the rows are swept again).
 */
import type { Core } from '@strapi/strapi';
import { sweeperSql } from '../database/sweeper';
import { isPostgres } from '../database/tables';
import { escalationPlan, planNeeds } from '../domain/escalation';
import { getService } from '../utils';

export type { Threshold } from '../domain/sla-clock';
export type { SweepAction } from '../domain/escalation';

export const createSlaSweeperService = ({ strapi }: { strapi: Core.Strapi }) => {
  let running = false;
  /** Parallel lanes of a PostgreSQL sweep (config slaSweepLanes, 1–8). */
  const configuredLanes = () => Math.min(8, Math.max(1, Math.floor(Number(strapi.config.get('plugin::complaint-desk.slaSweepLanes', 2)) || 1)));
  const pg = () => isPostgres(strapi);
  /** documentIds kept ready: a full batch per lane crossing one threshold (an event and a notification per row). */
  const idsAhead = (batchSize: number, lanes: number) => Math.min(40_000, batchSize * Math.max(1, lanes) * 2);

  async function directorEmails(): Promise<string[]> {
    const rows = await strapi.db.query('plugin::users-permissions.user').findMany({
      where: { role: { type: 'director' }, $or: [{ blocked: false }, { blocked: { $null: true } }] },
      select: ['email'],
    });
    return rows.map((r: { email?: string | null }) => r.email).filter((e): e is string => Boolean(e));
  }

  const service = {
    /**
     * One sweep: batches of complaints with a threshold to fire, each batch one transaction. A stage
     * that crossed both thresholds since the last sweep fires both in the same batch, at risk first.
     */
    async sweep(now = new Date(), batchSize = pg() ? 5000 : 2000, lanes = pg() ? configuredLanes() : 1): Promise<{ at_risk: number; breached: number }> {
      const counts = { at_risk: 0, breached: 0 };
      const sql = sweeperSql(strapi);
      const outbox = getService(strapi, 'outbox');
      const lane = async (index: number) => {
        for (let more = true; more; ) {
          const claimed = await strapi.db.transaction(async ({ trx }) => {
            await sql.relaxCommit(trx);
            const got = await sql.claim(trx, now, batchSize, { of: lanes, index });
            if (got.rows.length) {
              const needs = planNeeds(got.rows);
              const plan = escalationPlan(got.rows, {
                directors: needs.directors ? await directorEmails() : [],
                line2Teams: needs.line2Teams ? await sql.line2Teams(trx) : [],
              });
              await sql.write(
                trx,
                got.rows.map((c) => c.id),
                plan,
                now,
                outbox.bulkRows(plan, now),
              );
            }
            return got;
          });
          for (const c of claimed.rows) {
            if (c.fireAtRisk) counts.at_risk++;
            if (c.fireBreach) counts.breached++;
          }
          // A full batch of timers may leave more (a complaint with both thresholds due has two).
          more = claimed.candidates === batchSize && claimed.rows.length > 0;
        }
      };
      const results = await Promise.allSettled(Array.from({ length: Math.max(1, lanes) }, (_x, i) => lane(i)));
      // The next sweep's documentIds are made now, between sweeps, not inside its transactions.
      outbox.prepareBulk(idsAhead(batchSize, lanes));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      return counts;
    },

    /** Runs `sweep` every `intervalMs`, never two at once in this process. */
    start(intervalMs: number): () => void {
      getService(strapi, 'outbox').prepareBulk(idsAhead(pg() ? 5000 : 2000, pg() ? configuredLanes() : 1));
      const timer = setInterval(async () => {
        if (running) return;
        running = true;
        try {
          await service.sweep();
        } catch (err) {
          strapi.log.error(`SLA sweep failed: ${(err as Error).message}`);
        } finally {
          running = false;
        }
      }, intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
  return service;
};

export type SlaSweeperService = ReturnType<typeof createSlaSweeperService>;
export default createSlaSweeperService;
