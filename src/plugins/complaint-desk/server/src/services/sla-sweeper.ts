/**
 * The SLA sweeper (SPEC §5, issue #4): finds stages that are at risk (the policy's share of the
 * stage's working time has passed) or breached, and does what the policy says — notify the
 * assignee, the team lead or the directors, or raise the escalation line — writing one
 * `escalate-sla` complaint-event and the staff notifications, exactly once per stage and threshold.
 *
 * Exactly once, also with several server processes on one PostgreSQL database: each batch is
 * claimed by one UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING that sets the
 * threshold's "fired" column, in the same transaction as the events and notifications; a second
 * sweeper skips the locked rows and, once committed, they no longer match. SQLite runs one
 * instance and serialises writers. The queries use the (fired, due) indexes, so a sweep's cost
 * follows the due rows, not the open ones.
 */
import type { Core } from '@strapi/strapi';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { uid } from '../pluginId';
import { getService } from '../utils';

export type Threshold = 'at_risk' | 'breached';
export type SweepAction = 'notify_assignee' | 'notify_team_lead' | 'notify_director' | 'raise_escalation';

const COLUMNS: Record<Threshold, { fired: string; due: string }> = {
  at_risk: { fired: 'sla_at_risk_fired_at', due: 'sla_at_risk_at' },
  breached: { fired: 'sla_breached_at', due: 'sla_due_at' },
};
const DEFAULT_ACTIONS: Record<Threshold, SweepAction[]> = { at_risk: ['notify_assignee'], breached: ['notify_team_lead', 'raise_escalation'] };

const parseJson = (v: unknown) => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
};

export const createSlaSweeperService = ({ strapi }: { strapi: Core.Strapi }) => {
  const complaints = () => getService(strapi, 'complaints');
  const table = (name: string) => {
    const schema = strapi.db.getSchemaName();
    return schema ? `${schema}.${name}` : name;
  };
  let running = false;

  /** Claims up to `limit` rows past the threshold, marking them fired; returns their ids. */
  async function claim(trx: any, threshold: Threshold, now: Date, limit: number): Promise<number[]> {
    const { fired, due } = COLUMNS[threshold];
    const pg = strapi.db.dialect.client === 'postgres';
    const at = pg ? now : now.getTime();
    const statuses = OPEN_STATUSES.map(() => '?').join(', ');
    const rows = await trx.raw(
      `update ?? set ?? = ? where id in (
         select id from ?? where ?? is null and ?? <= ? and sla_paused_at is null and status in (${statuses})
         order by ?? limit ?${pg ? ' for update skip locked' : ''}
       ) returning id`,
      [table('cd_complaints'), fired, at, table('cd_complaints'), fired, due, at, ...OPEN_STATUSES, due, limit],
    );
    const list = pg ? rows.rows : rows;
    return list.map((r: { id: number }) => Number(r.id));
  }

  async function staffEmails(entity: any, actions: SweepAction[]): Promise<Array<{ kind: string; email: string }>> {
    const out: Array<{ kind: string; email: string }> = [];
    const users = strapi.db.query('plugin::users-permissions.user');
    if (actions.includes('notify_assignee') && entity.assignee?.documentId) {
      const u = await users.findOne({ where: { documentId: entity.assignee.documentId }, select: ['email'] });
      if (u?.email) out.push({ kind: 'assignee', email: u.email });
    }
    if (actions.includes('notify_team_lead') && entity.team?.documentId) {
      const team = await strapi.db.query(uid('team') as any).findOne({ where: { documentId: entity.team.documentId }, populate: { lead: { select: ['email'] } } });
      if (team?.lead?.email) out.push({ kind: 'team_lead', email: team.lead.email });
    }
    if (actions.includes('notify_director')) {
      for (const d of await users.findMany({ where: { role: { type: 'director' }, $or: [{ blocked: false }, { blocked: { $null: true } }] }, select: ['email'] })) out.push({ kind: 'director', email: d.email });
    }
    return out;
  }

  async function fire(entity: any, threshold: Threshold, now: Date): Promise<void> {
    const policy = entity.slaPolicy ?? {};
    const configured = parseJson(threshold === 'at_risk' ? policy.onAtRisk : policy.onBreach);
    const actions: SweepAction[] = Array.isArray(configured) ? configured : DEFAULT_ACTIONS[threshold];
    const stage = entity.slaStage;
    const patch: Record<string, unknown> = {};
    if (actions.includes('raise_escalation') && entity.escalationLevel === 'line1') {
      patch.escalationLevel = 'line2';
      const area = entity.team?.area ?? entity.category?.area;
      const line2 = area ? await strapi.db.query(uid('team') as any).findOne({ where: { area, line: 'line2' }, select: ['documentId'] }) : null;
      if (line2) Object.assign(patch, { teamId: line2.documentId, assigneeId: null });
    }
    if (Object.keys(patch).length) {
      const data = await complaints().applyPatch(patch);
      await strapi.documents(uid('complaint') as any).update({ documentId: entity.documentId, data: { ...data, version: entity.version + 1 } as any });
    }
    const event = await complaints().appendEvent(entity.documentId, null, 'escalate-sla', entity.status, entity.status, {
      stage,
      threshold,
      dueAt: entity.slaDueAt,
      actions,
      ...(patch.escalationLevel ? { escalationLevel: { from: 'line1', to: 'line2' } } : {}),
    });
    const stageKey = `${stage}:${entity[`${stage}StartedAt`] ?? entity.receivedAt}`;
    for (const r of await staffEmails(entity, actions)) {
      await strapi.documents(uid('notification') as any).create({
        data: {
          channel: 'email',
          recipient: r.email,
          template: `sla_${threshold}.email`,
          locale: 'en',
          payload: { trackingCode: entity.trackingCode, stage, threshold, dueAt: entity.slaDueAt, recipientKind: r.kind, eventId: event.documentId },
          status: 'pending',
          attempts: 0,
          nextAttemptAt: now.toISOString(),
          dedupeKey: `sla:${entity.documentId}:${stageKey}:${threshold}:${r.kind}:${r.email}`,
          complaint: entity.documentId,
        } as any,
      });
    }
  }

  const service = {
    /** One sweep: every threshold, in batches, each batch one transaction. */
    async sweep(now = new Date(), batchSize = 200): Promise<{ at_risk: number; breached: number }> {
      const counts = { at_risk: 0, breached: 0 };
      // In the order they happen: a stage that crossed both since the last sweep goes at risk first.
      for (const threshold of ['at_risk', 'breached'] as Threshold[]) {
        for (let more = true; more; ) {
          const n = await strapi.db.transaction(async ({ trx }) => {
            const ids = await claim(trx, threshold, now, batchSize);
            for (const entity of await complaints().loadByIds(ids)) await fire(entity, threshold, now);
            return ids.length;
          });
          counts[threshold] += n;
          more = n === batchSize;
        }
      }
      return counts;
    },

    /** Runs `sweep` every `intervalMs`, never two at once in this process. */
    start(intervalMs: number): () => void {
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
