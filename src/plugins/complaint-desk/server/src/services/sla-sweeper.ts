/**
 * The SLA sweeper (SPEC §5, issue #4): finds stages that are at risk (the policy's share of the
 * stage's working time has passed) or breached, and does what the policy says — notify the
 * assignee, the team lead or the directors, or raise the escalation line — writing one
 * `escalate-sla` complaint-event and the staff notifications, exactly once per stage and threshold.
 *
 * Exactly once, also with several server processes on one PostgreSQL database: a batch is claimed
 * by one statement that takes the first due timers (cd_sla_timers), locks their complaint rows
 * FOR UPDATE SKIP LOCKED and tests each once locked, saying which thresholds it crossed; the same
 * transaction then deletes those timers, sets the fired columns and writes the events and
 * notifications. A second sweeper skips the locked rows and, once committed, they no longer match.
 * SQLite runs one instance and serialises writers.
 *
 * Cost: the candidates come from the narrow timer table, which holds only the thresholds not yet
 * fired of open, running stages (kept by triggers, services/setup.ts), so a sweep follows the due
 * rows, not the open ones. No index of the wide complaint row names a fired column: a threshold
 * that fires without moving the queue team updates the row in place (HOT on PostgreSQL, no new
 * index entries); a stage past both thresholds is handled in one pass and one UPDATE of its row. On
 * PostgreSQL a batch (5,000 rows) is the claim, with the policy's context joined in, and one
 * statement of data-modifying CTEs fed by arrays (timers, complaint rows, team and assignee links,
 * events, notifications and their link rows), plus the line-2 teams when something escalates; the
 * transaction runs with synchronous_commit off. A PostgreSQL sweep runs several lanes of batches at
 * once (SLA_SWEEP_LANES), each on its own share of the rows (a hash of the complaint id modulo the
 * lane count) and its own connection. SQLite writes the same rows with a few bulk statements per batch.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { OPEN_STATUSES } from '../domain/lifecycle';
import { uid } from '../pluginId';
import { SLA_TIMER_COLUMNS, SLA_TIMERS_TABLE } from './setup';

export type Threshold = 'at_risk' | 'breached';
export type SweepAction = 'notify_assignee' | 'notify_team_lead' | 'notify_director' | 'raise_escalation';

/** Each threshold's due and fired columns on cd_complaints (one list, with the timers' triggers). */
const COLUMNS = Object.fromEntries(SLA_TIMER_COLUMNS.map(([threshold, due, fired]) => [threshold, { due, fired }])) as Record<Threshold, { fired: string; due: string }>;
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
  /** Parallel lanes of a PostgreSQL sweep (config slaSweepLanes, 1–8). */
  const configuredLanes = () => Math.min(8, Math.max(1, Math.floor(Number(strapi.config.get('plugin::complaint-desk.slaSweepLanes', 2)) || 1)));

  const pg = () => strapi.db.dialect.client === 'postgres';
  /** A value as this dialect stores it: Strapi keeps SQLite datetimes as epoch milliseconds. */
  const dbDate = (d: Date) => (pg() ? d : d.getTime());
  const toDate = (v: unknown) => (v === null || v === undefined ? null : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as any)));

  /** A new documentId in Strapi's format (24 lowercase alphanumerics, starting with a letter). */
  let pool = Buffer.alloc(0);
  let at = 0;
  const newDocumentId = () => {
    if (at + 24 > pool.length) [pool, at] = [randomBytes(24 * 1024), 0];
    const bytes = pool.subarray(at, (at += 24));
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

  const statusList = () => OPEN_STATUSES.map(() => '?').join(', ');
  /** The threshold's pending test on the locked complaint row (the timers are candidates; the row decides). */
  const pending = (alias: string, threshold: Threshold) =>
    `(${alias}.status in (${statusList()}) and ${alias}.sla_paused_at is null and ${alias}.${COLUMNS[threshold].fired} is null and ${alias}.${COLUMNS[threshold].due} <= ?)`;

  /**
   * Claims up to `limit` complaints with a due timer (cd_sla_timers, services/setup.ts), each with
   * the thresholds it crossed and what the policy's actions need (team's area and lead, assignee,
   * the policy's lists): one statement. The candidates are the first due rows of the narrow timer
   * table's (due_at) index, so the cost follows the due rows. On PostgreSQL the complaint rows are
   * locked FOR UPDATE SKIP LOCKED and tested once locked: a concurrent sweeper skips them, and after
   * this transaction commits their thresholds have fired. (Locking the complaint first also keeps
   * the lock order of the lifecycle actions, which lock the complaint and then, through the
   * triggers, its timers.) SQLite runs one instance and its single connection serialises the
   * transactions. Returns the claimed rows and how many timers were read.
   */
  async function claim(trx: any, now: Date, limit: number, lane = { of: 1, index: 0 }): Promise<{ rows: any[]; candidates: number }> {
    const c = strapi.db.metadata.get(uid('complaint') as any).attributes as any;
    const team = strapi.db.metadata.get(uid('team') as any).attributes as any;
    const T = table('cd_complaints');
    const n = dbDate(now);
    // A lane of a parallel sweep takes only its share of the complaints (a hash of the id modulo the
    // lane count; the id itself would put every due row in one lane whenever the due ids share a
    // factor with the lane count, as the bench's every 100th row did): the lanes' claims never
    // compete for the same candidates. (SQLite, which has no hashint4, runs one lane unless told otherwise.)
    const laneKey = pg() ? '(hashint4(t.complaint_id) & 2147483647)' : 't.complaint_id';
    const inLane = lane.of > 1 ? ` and ${laneKey} % ${Number(lane.of)} = ${Number(lane.index)}` : '';
    const join = (attr: string, alias: string, target: string, on = 'k.id') => {
      const jt = c[attr]?.joinTable ?? team[attr].joinTable;
      return `left join ${table(jt.name)} j_${alias} on j_${alias}.${jt.joinColumn.name} = ${on} left join ${table(target)} ${alias} on ${alias}.id = j_${alias}.${jt.inverseJoinColumn.name}`;
    };
    const sql = `with cand as (
        select t.complaint_id from ${table(SLA_TIMERS_TABLE)} t where t.due_at <= ?${inLane} order by t.due_at limit ?
      ), k as (
        select c.id, c.document_id, c.status, c.sla_stage, c.sla_due_at, c.escalation_level, c.tracking_code,
          ${pending('c', 'at_risk')} as fire_at_risk, ${pending('c', 'breached')} as fire_breach
        from ${T} c
        where c.id in (select complaint_id from cand)
        ${pg() ? 'for update of c skip locked' : ''}
      )
      select k.*, t.area as area, a.email as assignee_email, lead.email as lead_email, p.on_at_risk as on_at_risk, p.on_breach as on_breach,
        (select count(*) from cand) as candidates
      from k ${join('team', 't', 'cd_teams')} ${join('assignee', 'a', 'up_users')} ${join('slaPolicy', 'p', 'cd_sla_policies')}
        ${join('lead', 'lead', 'up_users', 't.id')}
      order by k.id`;
    const bindings = [
      n, limit, // candidates
      ...OPEN_STATUSES, n, ...OPEN_STATUSES, n, // the flags
    ];
    const result = await trx.raw(sql, bindings);
    const rows = pg() ? result.rows : result;
    // Nothing locked: no timer due, or all held by another sweeper (it fires them).
    const candidates = rows.length ? Number(rows[0].candidates) : 0;
    // One row per complaint (a to-one relation has one link row; keep the first should there be more).
    const seen = new Set<number>();
    return {
      candidates,
      rows: rows.filter((r: any) => {
        const id = Number(r.id);
        if (seen.has(id)) return false;
        seen.add(id);
        r.id = id;
        r.fire_at_risk = Boolean(r.fire_at_risk);
        r.fire_breach = Boolean(r.fire_breach);
        return true;
      }),
    };
  }

  async function directorEmails(): Promise<string[]> {
    const rows = await strapi.db.query('plugin::users-permissions.user').findMany({
      where: { role: { type: 'director' }, $or: [{ blocked: false }, { blocked: { $null: true } }] },
      select: ['email'],
    });
    return rows.map((r: any) => r.email).filter(Boolean);
  }

  /** The rows to write for a claimed batch, in the order the thresholds happen (at risk first). */
  interface Plan {
    /** Every claimed complaint: its due timers are deleted (fired now, or found stale). */
    claimed: number[];
    /** Per complaint row with a threshold to fire: thresholds fired, escalation raised, new queue team. */
    complaints: Array<{ id: number; atRisk: boolean; breach: boolean; raise: boolean; team: number | null }>;
    events: Array<{ complaintId: number; values: Record<string, unknown> }>;
    notes: Array<{ complaintId: number; values: Record<string, unknown> }>;
  }

  async function plan(trx: any, claimed: any[], now: Date): Promise<Plan> {
    const actionsOf = (c: any, threshold: Threshold): SweepAction[] => {
      const configured = parseJson(threshold === 'at_risk' ? c.on_at_risk : c.on_breach);
      return Array.isArray(configured) ? configured : DEFAULT_ACTIONS[threshold];
    };
    const fires = (c: any): Threshold[] => [...(c.fire_at_risk ? ['at_risk' as const] : []), ...(c.fire_breach ? ['breached' as const] : [])];
    const directors = claimed.some((c) => fires(c).some((th) => actionsOf(c, th).includes('notify_director'))) ? await directorEmails() : [];
    // The area's line-2 team (the last one listed, should an area have several).
    const line2 = new Map<string, number>();
    if (claimed.some((c) => c.fire_breach && c.escalation_level === 'line1')) {
      for (const r of await trx(table('cd_teams')).where({ line: 'line2' }).select('id', 'area')) line2.set(r.area, Number(r.id));
    }
    const out: Plan = { claimed: claimed.map((c) => c.id), complaints: [], events: [], notes: [] };
    // At-risk rows of the batch first, as when the thresholds were swept one after the other.
    const later: Pick<Plan, 'events' | 'notes'> = { events: [], notes: [] };
    for (const c of claimed) {
      // A timer whose threshold fired some other way (or whose row no longer qualifies): only deleted.
      if (!c.fire_at_risk && !c.fire_breach) continue;
      // Raise the escalation line: line 1 → line 2, to the area's line-2 team, unassigned.
      const raise = c.fire_breach && c.escalation_level === 'line1' && actionsOf(c, 'breached').includes('raise_escalation');
      out.complaints.push({ id: c.id, atRisk: c.fire_at_risk, breach: c.fire_breach, raise, team: raise ? (line2.get(c.area) ?? null) : null });
      const dueAt = toDate(c.sla_due_at)?.toISOString() ?? null;
      for (const threshold of fires(c)) {
        const actions = actionsOf(c, threshold);
        const into = threshold === 'at_risk' ? out : later;
        // One escalate-sla event per complaint and threshold.
        into.events.push({
          complaintId: c.id,
          values: row('complaint-event', {
            documentId: newDocumentId(),
            action: 'escalate-sla',
            fromStatus: c.status,
            toStatus: c.status,
            actorRole: 'system',
            payload: { stage: c.sla_stage, threshold, dueAt, actions, ...(threshold === 'breached' && raise ? { escalationLevel: { from: 'line1', to: 'line2' } } : {}) },
            createdAt: now,
            updatedAt: now,
            publishedAt: now,
          }),
        });
        // Staff notifications into the outbox; the dedupe key is unique per stage, threshold and recipient.
        const recipients: Array<[string, string]> = [];
        if (actions.includes('notify_assignee') && c.assignee_email) recipients.push(['assignee', c.assignee_email]);
        if (actions.includes('notify_team_lead') && c.lead_email) recipients.push(['team_lead', c.lead_email]);
        if (actions.includes('notify_director')) for (const d of directors) recipients.push(['director', d]);
        for (const [kind, email] of recipients) {
          into.notes.push({
            complaintId: c.id,
            values: row('notification', {
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
            }),
          });
        }
      }
    }
    out.events.push(...later.events);
    out.notes.push(...later.notes);
    return out;
  }

  const complaintLinkTable = (attr: string) => (strapi.db.metadata.get(uid('complaint') as any).attributes as any)[attr].joinTable;

  /**
   * PostgreSQL: the whole batch in one statement. One UPDATE per complaint row (fired columns,
   * escalation and queue team together: each UPDATE of the wide row writes an entry in every one
   * of its indexes), the team and assignee links, and the events and notifications with their link
   * rows, through data-modifying CTEs fed by arrays (a handful of bindings, whatever the batch size).
   */
  async function writePg(trx: any, p: Plan, now: Date): Promise<void> {
    const T = table('cd_complaints');
    const teamJt = complaintLinkTable('team');
    const assigneeJt = complaintLinkTable('assignee');
    const bindings: unknown[] = [];
    const bind = (v: unknown) => {
      bindings.push(v);
      return '?';
    };
    const ctes: string[] = [];
    const cs = p.complaints;
    // The claimed timers: due, and their complaint row locked by this transaction.
    ctes.push(`tm as (delete from ${table(SLA_TIMERS_TABLE)} where complaint_id = any(${bind(p.claimed)}::int[]) and due_at <= ${bind(now)}::timestamp returning 1)`);
    // Only what changes: without an escalation, no indexed column changes, so the row can be
    // updated in place on its page (HOT) with no new index entries.
    ctes.push(`u as (update ${T} c set
        sla_at_risk_fired_at = case when v.at_risk then ${bind(now)}::timestamp else c.sla_at_risk_fired_at end,
        sla_breached_at = case when v.breach then ${bind(now)}::timestamp else c.sla_breached_at end,
        escalation_level = case when v.raise then 'line2' else c.escalation_level end,
        version = c.version + case when v.raise then 1 else 0 end,
        queue_team_id = case when v.team is null then c.queue_team_id else v.team end
      from unnest(${bind(cs.map((x) => x.id))}::int[], ${bind(cs.map((x) => x.atRisk))}::bool[], ${bind(cs.map((x) => x.breach))}::bool[],
        ${bind(cs.map((x) => x.raise))}::bool[], ${bind(cs.map((x) => x.team))}::int[]) as v(id, at_risk, breach, raise, team)
      where c.id = v.id returning 1)`);
    const moved = cs.filter((x) => x.team !== null);
    if (moved.length) {
      ctes.push(`tl as (update ${table(teamJt.name)} l set ${teamJt.inverseJoinColumn.name} = v.team
        from unnest(${bind(moved.map((x) => x.id))}::int[], ${bind(moved.map((x) => x.team))}::int[]) as v(id, team)
        where l.${teamJt.joinColumn.name} = v.id returning 1)`);
    }
    const raised = cs.filter((x) => x.raise).map((x) => x.id);
    if (raised.length) ctes.push(`al as (delete from ${table(assigneeJt.name)} where ${assigneeJt.joinColumn.name} = any(${bind(raised)}::int[]) returning 1)`);

    // Rows of a content type and their link rows to the complaint, matched by the new documentIds.
    const insertWithLinks = (name: string, uidName: string, tableName: string, items: Plan['events']) => {
      if (!items.length) return;
      const jt = (strapi.db.metadata.get(uid(uidName) as any).attributes as any).complaint.joinTable;
      const columns = Object.keys(items[0].values);
      const types: Record<string, string> = {};
      const meta = strapi.db.metadata.get(uid(uidName) as any).attributes as any;
      for (const [attr, a] of Object.entries<any>(meta)) {
        const col = a.columnName ?? attr;
        types[col] = a.type === 'json' ? 'jsonb' : ['datetime', 'timestamp'].includes(a.type) ? 'timestamp' : a.type === 'integer' ? 'int' : 'text';
      }
      // A column with one value for the whole batch is bound once; the others as arrays. Dates stay
      // Date objects: the driver serialises them as it does for any insert.
      const same = (a: unknown, b: unknown) => a === b || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());
      const varying = columns.filter((col) => col === 'document_id' || items.some((it) => !same(it.values[col], items[0].values[col])));
      const arrays = varying.map((col) => `${bind(items.map((it) => it.values[col]))}::text[]`);
      ctes.push(`${name}_src as (select * from unnest(${arrays.join(', ')}, ${bind(items.map((it) => it.complaintId))}::int[]) with ordinality
          as s(${varying.map((col) => `"${col}"`).join(', ')}, complaint_id, ord))`);
      const value = (col: string) => `${varying.includes(col) ? `"${col}"` : bind(items[0].values[col])}::${types[col] ?? 'text'}`;
      ctes.push(`${name} as (insert into ${table(tableName)} (${columns.join(', ')})
          select ${columns.map(value).join(', ')} from ${name}_src order by ord returning id, document_id)`);
      const linkCols = [jt.joinColumn.name, jt.inverseJoinColumn.name, ...(jt.orderColumnName ? [jt.orderColumnName] : []), ...(jt.inverseOrderColumnName ? [jt.inverseOrderColumnName] : [])];
      const linkVals = ['r.id', 's.complaint_id', ...(jt.orderColumnName ? ['1'] : []), ...(jt.inverseOrderColumnName ? ['r.id'] : [])];
      ctes.push(`${name}_lnk as (insert into ${table(jt.name)} (${linkCols.join(', ')})
          select ${linkVals.join(', ')} from ${name} r join ${name}_src s on s.document_id = r.document_id order by r.id returning 1)`);
    };
    insertWithLinks('ev', 'complaint-event', 'cd_complaint_events', p.events);
    insertWithLinks('nt', 'notification', 'cd_notifications', p.notes);
    await trx.raw(`with ${ctes.join(',\n')} select 1`, bindings);
  }

  /** SQLite (one instance): the same rows with a few statements per batch. */
  async function writeSqlite(trx: any, p: Plan, now: Date): Promise<void> {
    const T = table('cd_complaints');
    const idsWhere = (f: (x: Plan['complaints'][number]) => boolean) => p.complaints.filter(f).map((x) => x.id);
    const atRisk = idsWhere((x) => x.atRisk);
    const breach = idsWhere((x) => x.breach);
    const raised = idsWhere((x) => x.raise);
    for (let i = 0; i < p.claimed.length; i += 500) {
      await trx(table(SLA_TIMERS_TABLE)).whereIn('complaint_id', p.claimed.slice(i, i + 500)).where('due_at', '<=', dbDate(now)).del();
    }
    if (atRisk.length) await trx(T).whereIn('id', atRisk).update({ sla_at_risk_fired_at: dbDate(now) });
    if (breach.length) await trx(T).whereIn('id', breach).update({ sla_breached_at: dbDate(now) });
    if (raised.length) {
      await trx(T).whereIn('id', raised).update({ escalation_level: 'line2', version: trx.raw('version + 1') });
      const teamJt = complaintLinkTable('team');
      const byTeam = new Map<number, number[]>();
      for (const x of p.complaints) if (x.team !== null) byTeam.set(x.team, [...(byTeam.get(x.team) ?? []), x.id]);
      for (const [teamId, ofTeam] of byTeam) {
        await trx(table(teamJt.name)).whereIn(teamJt.joinColumn.name, ofTeam).update({ [teamJt.inverseJoinColumn.name]: teamId });
        await trx(T).whereIn('id', ofTeam).update({ queue_team_id: teamId });
      }
      const assigneeJt = complaintLinkTable('assignee');
      await trx(table(assigneeJt.name)).whereIn(assigneeJt.joinColumn.name, raised).del();
    }
    const eventIds = await insertMany(trx, 'cd_complaint_events', p.events.map((e) => e.values));
    const eventLinks = links('complaint-event', 'complaint', eventIds.map((e, i) => [e, p.events[i].complaintId]));
    if (eventLinks.rows.length) await insertMany(trx, eventLinks.table, eventLinks.rows);
    const noteIds = await insertMany(trx, 'cd_notifications', p.notes.map((n) => n.values));
    const noteLinks = links('notification', 'complaint', noteIds.map((id, i) => [id, p.notes[i].complaintId]));
    if (noteLinks.rows.length) await insertMany(trx, noteLinks.table, noteLinks.rows);
  }

  const service = {
    /**
     * One sweep: batches of complaints with a threshold to fire, each batch one transaction. A stage
     * that crossed both thresholds since the last sweep fires both in the same batch, at risk first.
     */
    async sweep(now = new Date(), batchSize = pg() ? 5000 : 2000, lanes = pg() ? configuredLanes() : 1): Promise<{ at_risk: number; breached: number }> {
      const counts = { at_risk: 0, breached: 0 };
      // PostgreSQL: `lanes` transactions at once, each on its own connection and its own share of
      // the rows, so the database works on several cores. SQLite has one writer: one lane.
      const lane = async (index: number) => {
        for (let more = true; more; ) {
          const claimed = await strapi.db.transaction(async ({ trx }) => {
            // A commit lost in a crash loses its claim too: the rows are swept again.
            if (pg()) await trx.raw('set local synchronous_commit = off');
            const got = await claim(trx, now, batchSize, { of: lanes, index });
            if (got.rows.length) await (pg() ? writePg : writeSqlite)(trx, await plan(trx, got.rows, now), now);
            return got;
          });
          for (const c of claimed.rows) {
            if (c.fire_at_risk) counts.at_risk++;
            if (c.fire_breach) counts.breached++;
          }
          // A full batch of timers may leave more (a complaint with both thresholds due has two).
          more = claimed.candidates === batchSize && claimed.rows.length > 0;
        }
      };
      const results = await Promise.allSettled(Array.from({ length: Math.max(1, lanes) }, (_x, i) => lane(i)));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
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
