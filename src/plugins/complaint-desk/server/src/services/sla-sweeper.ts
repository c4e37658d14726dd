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
 * instance and serialises writers.
 *
 * Cost: the claim uses the (fired, due) indexes, so it follows the due rows, not the open ones;
 * a batch is then written set-wise (bulk inserts of events, notifications and their link rows,
 * column names from Strapi's metadata) — about ten statements per batch of up to 2,000 rows.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { uid } from '../pluginId';

export type Threshold = 'at_risk' | 'breached';
export type SweepAction = 'notify_assignee' | 'notify_team_lead' | 'notify_director' | 'raise_escalation';

const COLUMNS: Record<Threshold, { fired: string; due: string }> = {
  at_risk: { fired: 'sla_at_risk_fired_at', due: 'sla_at_risk_at' },
  breached: { fired: 'sla_breached_at', due: 'sla_due_at' },
};
const DEFAULT_ACTIONS: Record<Threshold, SweepAction[]> = { at_risk: ['notify_assignee'], breached: ['notify_team_lead', 'raise_escalation'] };

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

const parseJson = (v: unknown) => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return null;
  }
};

export const createSlaSweeperService = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = (name: string) => {
    const schema = strapi.db.getSchemaName();
    return schema ? `${schema}.${name}` : name;
  };
  let running = false;

  const pg = () => strapi.db.dialect.client === 'postgres';
  /** A value as this dialect stores it: Strapi keeps SQLite datetimes as epoch milliseconds. */
  const dbDate = (d: Date) => (pg() ? d : d.getTime());
  const toDate = (v: unknown) => (v === null || v === undefined ? null : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as any)));

  /** A new documentId in Strapi's format (24 lowercase alphanumerics, starting with a letter). */
  const newDocumentId = () => {
    const bytes = randomBytes(24);
    let id = String.fromCharCode(97 + (bytes[0] % 26));
    for (let i = 1; i < 24; i++) id += ALPHABET[bytes[i] % 36];
    return id;
  };

  /** Attribute values → a row of the content type's table (column names from Strapi's metadata). */
  function row(uidName: string, values: Record<string, unknown>): Record<string, unknown> {
    const meta = strapi.db.metadata.get(uid(uidName) as any);
    const out: Record<string, unknown> = {};
    for (const [attr, value] of Object.entries(values)) {
      const a = meta.attributes[attr] as any;
      const column = a.columnName ?? attr;
      out[column] = value instanceof Date ? dbDate(value) : a.type === 'json' && value !== null ? JSON.stringify(value) : value;
    }
    return out;
  }

  /** Link-table rows of a to-one relation, for rows inserted in bulk. */
  function links(uidName: string, attr: string, pairs: Array<[number, number]>) {
    const jt = (strapi.db.metadata.get(uid(uidName) as any).attributes[attr] as any).joinTable;
    return {
      table: jt.name as string,
      rows: pairs.map(([source, target]) => ({
        [jt.joinColumn.name]: source,
        [jt.inverseJoinColumn.name]: target,
        ...(jt.orderColumnName ? { [jt.orderColumnName]: 1 } : {}),
        // Position in the complaint's list: the new row's id keeps insertion order.
        ...(jt.inverseOrderColumnName ? { [jt.inverseOrderColumnName]: source } : {}),
      })),
    };
  }

  async function insertMany(trx: any, tableName: string, rows: Record<string, unknown>[]): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const inserted = await trx(table(tableName)).insert(rows.slice(i, i + 500)).returning('id');
      ids.push(...inserted.map((r: any) => Number(typeof r === 'object' ? r.id : r)));
    }
    return ids;
  }

  /**
   * Claims up to `limit` rows past the threshold, marking them fired, and returns them. One
   * statement: a concurrent sweeper skips the locked rows (PostgreSQL) and, once this commits,
   * they no longer match.
   */
  async function claim(trx: any, threshold: Threshold, now: Date, limit: number): Promise<any[]> {
    const { fired, due } = COLUMNS[threshold];
    const statuses = OPEN_STATUSES.map(() => '?').join(', ');
    const result = await trx.raw(
      `update ?? set ?? = ? where id in (
         select id from ?? where ?? is null and ?? <= ? and sla_paused_at is null and status in (${statuses})
         order by ?? limit ?${pg() ? ' for update skip locked' : ''}
       ) returning id, document_id, status, sla_stage, sla_due_at, escalation_level, tracking_code, version`,
      [table('cd_complaints'), fired, dbDate(now), table('cd_complaints'), fired, due, dbDate(now), ...OPEN_STATUSES, due, limit],
    );
    return pg() ? result.rows : result;
  }

  /** Team (area, lead's email), assignee's email and the policy's actions of the claimed rows. */
  async function context(trx: any, ids: number[]) {
    const c = strapi.db.metadata.get(uid('complaint') as any).attributes as any;
    const team = strapi.db.metadata.get(uid('team') as any).attributes as any;
    const j = (attr: string, alias: string, target: string, q: any) =>
      q
        .leftJoin(`${table(c[attr].joinTable.name)} as j_${alias}`, `j_${alias}.${c[attr].joinTable.joinColumn.name}`, 'c.id')
        .leftJoin(`${table(target)} as ${alias}`, `${alias}.id`, `j_${alias}.${c[attr].joinTable.inverseJoinColumn.name}`);
    let q = trx.from(`${table('cd_complaints')} as c`).whereIn('c.id', ids);
    q = j('team', 't', 'cd_teams', q);
    q = j('assignee', 'a', 'up_users', q);
    q = j('slaPolicy', 'p', 'cd_sla_policies', q);
    q = q
      .leftJoin(`${table(team.lead.joinTable.name)} as j_lead`, `j_lead.${team.lead.joinTable.joinColumn.name}`, 't.id')
      .leftJoin(`${table('up_users')} as lead`, 'lead.id', `j_lead.${team.lead.joinTable.inverseJoinColumn.name}`)
      .select('c.id as id', 't.area as area', 'a.email as assignee_email', 'lead.email as lead_email', 'p.on_at_risk as on_at_risk', 'p.on_breach as on_breach');
    const rows = await q;
    return new Map<number, any>(rows.map((r: any) => [Number(r.id), r]));
  }

  async function directorEmails(trx: any): Promise<string[]> {
    const rows = await strapi.db.query('plugin::users-permissions.user').findMany({
      where: { role: { type: 'director' }, $or: [{ blocked: false }, { blocked: { $null: true } }] },
      select: ['email'],
    });
    void trx;
    return rows.map((r: any) => r.email).filter(Boolean);
  }

  /** Fires one threshold for a claimed batch with a fixed number of statements, whatever its size. */
  async function fireBatch(trx: any, threshold: Threshold, claimed: any[], now: Date): Promise<void> {
    const ids = claimed.map((r) => Number(r.id));
    const ctx = await context(trx, ids);
    const actionsOf = (id: number): SweepAction[] => {
      const configured = parseJson(threshold === 'at_risk' ? ctx.get(id)?.on_at_risk : ctx.get(id)?.on_breach);
      return Array.isArray(configured) ? configured : DEFAULT_ACTIONS[threshold];
    };
    const directors = claimed.some((c) => actionsOf(Number(c.id)).includes('notify_director')) ? await directorEmails(trx) : [];

    // Raise the escalation line: line 1 → line 2, to the area's line-2 team, unassigned.
    const raise = claimed.filter((c) => c.escalation_level === 'line1' && actionsOf(Number(c.id)).includes('raise_escalation'));
    if (raise.length) {
      const raiseIds = raise.map((c) => Number(c.id));
      await trx(table('cd_complaints')).whereIn('id', raiseIds).update({ escalation_level: 'line2', version: trx.raw('version + 1') });
      const cAttrs = strapi.db.metadata.get(uid('complaint') as any).attributes as any;
      const teamJt = cAttrs.team.joinTable;
      const line2 = await trx(table('cd_teams')).where({ line: 'line2' }).select('id', 'area');
      for (const { id: teamId, area } of line2) {
        const ofArea = raiseIds.filter((id) => ctx.get(id)?.area === area);
        if (ofArea.length) {
          await trx(table(teamJt.name)).whereIn(teamJt.joinColumn.name, ofArea).update({ [teamJt.inverseJoinColumn.name]: teamId });
          await trx(table('cd_complaints')).whereIn('id', ofArea).update({ queue_team_id: teamId });
        }
      }
      const assigneeJt = cAttrs.assignee.joinTable;
      await trx(table(assigneeJt.name)).whereIn(assigneeJt.joinColumn.name, raiseIds).del();
    }

    // One escalate-sla event per complaint.
    const eventIds = await insertMany(
      trx,
      'cd_complaint_events',
      claimed.map((c) =>
        row('complaint-event', {
          documentId: newDocumentId(),
          action: 'escalate-sla',
          fromStatus: c.status,
          toStatus: c.status,
          actorRole: 'system',
          payload: {
            stage: c.sla_stage,
            threshold,
            dueAt: toDate(c.sla_due_at)?.toISOString() ?? null,
            actions: actionsOf(Number(c.id)),
            ...(raise.includes(c) ? { escalationLevel: { from: 'line1', to: 'line2' } } : {}),
          },
          createdAt: now,
          updatedAt: now,
          publishedAt: now,
        }),
      ),
    );
    const eventLinks = links('complaint-event', 'complaint', eventIds.map((e, i) => [e, Number(claimed[i].id)]));
    if (eventLinks.rows.length) await insertMany(trx, eventLinks.table, eventLinks.rows);

    // Staff notifications into the outbox; the dedupe key is unique per stage, threshold and recipient.
    const notes: Array<{ complaintId: number; values: Record<string, unknown> }> = [];
    claimed.forEach((c, i) => {
      const info = ctx.get(Number(c.id)) ?? {};
      const actions = actionsOf(Number(c.id));
      const recipients: Array<[string, string]> = [];
      if (actions.includes('notify_assignee') && info.assignee_email) recipients.push(['assignee', info.assignee_email]);
      if (actions.includes('notify_team_lead') && info.lead_email) recipients.push(['team_lead', info.lead_email]);
      if (actions.includes('notify_director')) for (const d of directors) recipients.push(['director', d]);
      const dueAt = toDate(c.sla_due_at)?.toISOString() ?? null;
      for (const [kind, email] of recipients) {
        notes.push({
          complaintId: Number(c.id),
          values: {
            documentId: newDocumentId(),
            channel: 'email',
            recipient: email,
            template: `sla_${threshold}.email`,
            locale: 'en',
            payload: { trackingCode: c.tracking_code, stage: c.sla_stage, threshold, dueAt, recipientKind: kind },
            status: 'pending',
            attempts: 0,
            nextAttemptAt: now,
            dedupeKey: `sla:${c.document_id}:${c.sla_stage}:${dueAt}:${threshold}:${kind}:${email}`,
            createdAt: now,
            updatedAt: now,
            publishedAt: now,
          },
        });
      }
      void i;
    });
    const noteIds = await insertMany(trx, 'cd_notifications', notes.map((n) => row('notification', n.values)));
    const noteLinks = links('notification', 'complaint', noteIds.map((id, i) => [id, notes[i].complaintId]));
    if (noteLinks.rows.length) await insertMany(trx, noteLinks.table, noteLinks.rows);
  }

  const service = {
    /** One sweep: every threshold, in batches, each batch one transaction. */
    async sweep(now = new Date(), batchSize = 2000): Promise<{ at_risk: number; breached: number }> {
      const counts = { at_risk: 0, breached: 0 };
      // In the order they happen: a stage that crossed both since the last sweep goes at risk first.
      for (const threshold of ['at_risk', 'breached'] as Threshold[]) {
        for (let more = true; more; ) {
          const n = await strapi.db.transaction(async ({ trx }) => {
            const claimed = await claim(trx, threshold, now, batchSize);
            if (claimed.length) await fireBatch(trx, threshold, claimed, now);
            return claimed.length;
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
