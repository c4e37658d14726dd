/**
 * The SLA sweeper's SQL: the claim of a batch of due timers and the writes of what fired.
 *
 * Exactly once, also with several server processes on one PostgreSQL database: a batch is claimed
 * by one statement that takes the first due timers (the timer table kept by the triggers in
 * database/schema/sla-timers.ts), locks their complaint rows FOR UPDATE SKIP LOCKED and tests each once
 * locked (database/sla-clock.ts `pending`), saying which thresholds it crossed; the same
 * transaction then deletes those timers, sets the fired columns and writes the events and
 * notifications (database/outbox.ts). A second sweeper skips the locked rows and, once committed,
 * they no longer match. SQLite runs one instance and serialises writers.
 *
 * Cost: the candidates come from the narrow timer table, so a sweep follows the due rows, not the
 * open ones. No index of the wide complaint row names a fired column: a threshold that fires
 * without moving the queue team updates the row in place (HOT on PostgreSQL, no new index
 * entries). On PostgreSQL a batch is written by one statement of data-modifying CTEs fed by arrays
 * (timers, complaint rows, team and assignee links, events, notifications and their link rows).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { ClaimedClock, EscalationPlan, TeamCandidate } from '../domain/escalation';
import { SLA_TIMERS_TABLE } from './schema/sla-timers';
import { outboxCtes, insertBulk, type BulkModel } from './outbox';
import { dbMoment, slaClockSql } from './sla-clock';
import { columnOf, isPostgres, joinTableOf, qualified, tableOf } from './tables';

const USER = 'plugin::users-permissions.user';

export interface Claim {
  rows: ClaimedClock[];
  /** Timers read (a full batch may leave more). */
  candidates: number;
}

type Row = Record<string, unknown>;

/** The order columns a link table has (a to-one link row is first in its list). */
const linkOrderColumns = (jt: { orderColumnName?: string; inverseOrderColumnName?: string }) =>
  [jt.orderColumnName, jt.inverseOrderColumnName].filter((c): c is string => Boolean(c));

const toIso = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  const d = v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number));
  return d.toISOString();
};

export function sweeperSql(strapi: Core.Strapi) {
  const pg = isPostgres(strapi);
  const clock = slaClockSql(strapi);
  const timers = qualified(strapi, SLA_TIMERS_TABLE);
  const complaints = tableOf(strapi, 'complaint');
  const cc = (attr: string) => columnOf(strapi, 'complaint', attr);

  /** `left join` of a to-one relation through its link table. */
  const join = (model: string, attr: string, alias: string, target: string, on: string) => {
    const jt = joinTableOf(strapi, model, attr);
    return `left join ${jt.table} j_${alias} on j_${alias}.${jt.joinColumn.name} = ${on} left join ${tableOf(strapi, target)} ${alias} on ${alias}.id = j_${alias}.${jt.inverseJoinColumn.name}`;
  };

  return {
    /**
     * Claims up to `limit` complaints with a due timer, each with the thresholds it crossed and
     * what the policy's actions need (the escalation area: team's, else category's; the team
     * lead's and assignee's addresses; the policy's lists), in one statement. On PostgreSQL the
     * complaint rows are locked FOR UPDATE SKIP LOCKED and tested once locked. (Locking the
     * complaint first also keeps the lock order of the lifecycle actions, which lock the complaint
     * and then, through the triggers, its timers.) A lane of a parallel sweep takes only its share
     * of the complaints, by a hash of the id modulo the lane count, so the lanes never compete for
     * the same candidates (SQLite, which has no hashint4, runs one lane unless told otherwise).
     */
    async claim(trx: Knex.Transaction, now: Date, limit: number, lane = { of: 1, index: 0 }): Promise<Claim> {
      const n = dbMoment(strapi, now);
      const laneKey = pg ? '(hashint4(t.complaint_id) & 2147483647)' : 't.complaint_id';
      const inLane = lane.of > 1 ? ` and ${laneKey} % ${Number(lane.of)} = ${Number(lane.index)}` : '';
      const atRisk = clock.pending('c', 'at_risk', n);
      const breach = clock.pending('c', 'breached', n);
      const sql = `with cand as (
          select t.complaint_id from ${timers} t where t.due_at <= ?${inLane} order by t.due_at limit ?
        ), k as (
          select c.id, c.${cc('documentId')} as document_id, c.${cc('status')} as status, c.${cc('slaStage')} as sla_stage,
            c.${cc('slaDueAt')} as sla_due_at, c.${cc('escalationLevel')} as escalation_level, c.${cc('trackingCode')} as tracking_code,
            ${atRisk.sql} as fire_at_risk, ${breach.sql} as fire_breach
          from ${complaints} c
          where c.id in (select complaint_id from cand)
          ${pg ? 'for update of c skip locked' : ''}
        )
        select k.*, coalesce(t.${columnOf(strapi, 'team', 'area')}, cat.${columnOf(strapi, 'category', 'area')}) as area,
          a.${columnOf(strapi, USER, 'email')} as assignee_email, lead.${columnOf(strapi, USER, 'email')} as lead_email,
          p.${columnOf(strapi, 'sla-policy', 'onAtRisk')} as on_at_risk, p.${columnOf(strapi, 'sla-policy', 'onBreach')} as on_breach,
          (select count(*) from cand) as candidates
        from k ${join('complaint', 'team', 't', 'team', 'k.id')} ${join('complaint', 'category', 'cat', 'category', 'k.id')}
          ${join('complaint', 'assignee', 'a', USER, 'k.id')} ${join('complaint', 'slaPolicy', 'p', 'sla-policy', 'k.id')}
          ${join('team', 'lead', 'lead', USER, 't.id')}
        order by k.id`;
      const result = await trx.raw(sql, [n, limit, ...atRisk.bindings, ...breach.bindings]);
      const rows: Row[] = pg ? result.rows : result;
      // Nothing locked: no timer due, or all held by another sweeper (it fires them).
      const candidates = rows.length ? Number(rows[0].candidates) : 0;
      // One row per complaint (a to-one relation has one link row; keep the first should there be more).
      const seen = new Set<number>();
      const claimed: ClaimedClock[] = [];
      for (const r of rows) {
        const id = Number(r.id);
        if (seen.has(id)) continue;
        seen.add(id);
        claimed.push({
          id,
          documentId: String(r.document_id),
          status: String(r.status),
          trackingCode: String(r.tracking_code),
          slaStage: String(r.sla_stage),
          dueAt: toIso(r.sla_due_at),
          escalationLevel: String(r.escalation_level),
          area: (r.area as string | null) ?? null,
          assigneeEmail: (r.assignee_email as string | null) ?? null,
          leadEmail: (r.lead_email as string | null) ?? null,
          onAtRisk: r.on_at_risk,
          onBreach: r.on_breach,
          fireAtRisk: Boolean(r.fire_at_risk),
          fireBreach: Boolean(r.fire_breach),
        });
      }
      return { rows: claimed, candidates };
    },

    /** The second-line teams (a handful of rows), for `line2TeamFor`. */
    async line2Teams(trx: Knex.Transaction): Promise<TeamCandidate[]> {
      const line = columnOf(strapi, 'team', 'line');
      const area = columnOf(strapi, 'team', 'area');
      const rows: Row[] = await trx(tableOf(strapi, 'team')).where(line, 'line2').select('id', `${line} as line`, `${area} as area`);
      return rows.map((r) => ({ id: Number(r.id), line: String(r.line), area: (r.area as string | null) ?? null }));
    },

    /** PostgreSQL: one statement per batch before each lane's claim (a crash loses the claim with the commit). */
    async relaxCommit(trx: Knex.Transaction): Promise<void> {
      if (pg) await trx.raw('set local synchronous_commit = off');
    },

    /**
     * Writes a claimed batch: deletes its due timers, sets the fired columns, raises the line
     * (team link, queue team, no assignee) and inserts the outbox rows. PostgreSQL: one statement;
     * one UPDATE per complaint row (each UPDATE of the wide row writes an entry in every one of its
     * indexes). SQLite: a few bulk statements.
     */
    async write(trx: Knex.Transaction, claimed: number[], plan: Pick<EscalationPlan, 'complaints'>, now: Date, outbox: BulkModel[]): Promise<void> {
      return pg ? writePg(trx, claimed, plan, now, outbox) : writeSqlite(trx, claimed, plan, now, outbox);
    },
  };

  async function writePg(trx: Knex.Transaction, claimed: number[], plan: Pick<EscalationPlan, 'complaints'>, now: Date, outbox: BulkModel[]): Promise<void> {
    const teamJt = joinTableOf(strapi, 'complaint', 'team');
    const assigneeJt = joinTableOf(strapi, 'complaint', 'assignee');
    const bindings: unknown[] = [];
    const bind = (v: unknown) => {
      bindings.push(v);
      return '?';
    };
    const ctes: string[] = [];
    const cs = plan.complaints;
    // The claimed timers: due, and their complaint row locked by this transaction.
    ctes.push(`tm as (delete from ${timers} where complaint_id = any(${bind(claimed)}::int[]) and due_at <= ${bind(now)}::timestamp returning 1)`);
    // Only what changes: without an escalation, no indexed column changes, so the row can be
    // updated in place on its page (HOT) with no new index entries.
    const [atRiskFired, breachFired, level, version, queueTeam] = [cc('slaAtRiskFiredAt'), cc('slaBreachedAt'), cc('escalationLevel'), cc('version'), cc('queueTeamId')];
    ctes.push(`u as (update ${complaints} c set
        ${atRiskFired} = case when v.at_risk then ${bind(now)}::timestamp else c.${atRiskFired} end,
        ${breachFired} = case when v.breach then ${bind(now)}::timestamp else c.${breachFired} end,
        ${level} = case when v.raise then 'line2' else c.${level} end,
        ${version} = c.${version} + case when v.raise then 1 else 0 end,
        ${queueTeam} = case when v.team is null then c.${queueTeam} else v.team end
      from unnest(${bind(cs.map((x) => x.id))}::int[], ${bind(cs.map((x) => x.atRisk))}::bool[], ${bind(cs.map((x) => x.breach))}::bool[],
        ${bind(cs.map((x) => x.raise))}::bool[], ${bind(cs.map((x) => x.team))}::int[]) as v(id, at_risk, breach, raise, team)
      where c.id = v.id returning 1)`);
    const moved = cs.filter((x) => x.team !== null);
    if (moved.length) {
      ctes.push(`tl as (update ${teamJt.table} l set ${teamJt.inverseJoinColumn.name} = v.team
        from unnest(${bind(moved.map((x) => x.id))}::int[], ${bind(moved.map((x) => x.team))}::int[]) as v(id, team)
        where l.${teamJt.joinColumn.name} = v.id returning 1)`);
      // A complaint without a team (escalated by its category's area) gets its team link.
      const ord = linkOrderColumns(teamJt);
      ctes.push(`ti as (insert into ${teamJt.table} (${[teamJt.joinColumn.name, teamJt.inverseJoinColumn.name, ...ord].join(', ')})
        select v.id, v.team${ord.map(() => ', 1').join('')}
        from unnest(${bind(moved.map((x) => x.id))}::int[], ${bind(moved.map((x) => x.team))}::int[]) as v(id, team)
        where not exists (select 1 from ${teamJt.table} l where l.${teamJt.joinColumn.name} = v.id) returning 1)`);
    }
    const raised = cs.filter((x) => x.raise).map((x) => x.id);
    if (raised.length) ctes.push(`al as (delete from ${assigneeJt.table} where ${assigneeJt.joinColumn.name} = any(${bind(raised)}::int[]) returning 1)`);
    ctes.push(...outboxCtes(strapi, outbox, bind));
    await trx.raw(`with ${ctes.join(',\n')} select 1`, bindings);
  }

  async function writeSqlite(trx: Knex.Transaction, claimed: number[], plan: Pick<EscalationPlan, 'complaints'>, now: Date, outbox: BulkModel[]): Promise<void> {
    const n = dbMoment(strapi, now);
    const idsWhere = (f: (x: EscalationPlan['complaints'][number]) => boolean) => plan.complaints.filter(f).map((x) => x.id);
    const atRisk = idsWhere((x) => x.atRisk);
    const breach = idsWhere((x) => x.breach);
    const raised = idsWhere((x) => x.raise);
    for (let i = 0; i < claimed.length; i += 500) {
      await trx(timers).whereIn('complaint_id', claimed.slice(i, i + 500)).where('due_at', '<=', n).del();
    }
    if (atRisk.length) await trx(complaints).whereIn('id', atRisk).update({ [cc('slaAtRiskFiredAt')]: n });
    if (breach.length) await trx(complaints).whereIn('id', breach).update({ [cc('slaBreachedAt')]: n });
    if (raised.length) {
      await trx(complaints).whereIn('id', raised).update({ [cc('escalationLevel')]: 'line2', [cc('version')]: trx.raw('?? + 1', [cc('version')]) });
      const teamJt = joinTableOf(strapi, 'complaint', 'team');
      const byTeam = new Map<number, number[]>();
      for (const x of plan.complaints) if (x.team !== null) byTeam.set(x.team, [...(byTeam.get(x.team) ?? []), x.id]);
      for (const [teamId, ofTeam] of byTeam) {
        await trx(teamJt.table).whereIn(teamJt.joinColumn.name, ofTeam).update({ [teamJt.inverseJoinColumn.name]: teamId });
        // A complaint without a team (escalated by its category's area) gets its team link.
        const linked = new Set((await trx(teamJt.table).whereIn(teamJt.joinColumn.name, ofTeam).select(teamJt.joinColumn.name)).map((r: Row) => Number(r[teamJt.joinColumn.name])));
        const missing = ofTeam.filter((id) => !linked.has(id));
        if (missing.length) {
          const ord = Object.fromEntries(linkOrderColumns(teamJt).map((c) => [c, 1]));
          await trx(teamJt.table).insert(missing.map((id) => ({ [teamJt.joinColumn.name]: id, [teamJt.inverseJoinColumn.name]: teamId, ...ord })));
        }
        await trx(complaints).whereIn('id', ofTeam).update({ [cc('queueTeamId')]: teamId });
      }
      const assigneeJt = joinTableOf(strapi, 'complaint', 'assignee');
      await trx(assigneeJt.table).whereIn(assigneeJt.joinColumn.name, raised).del();
    }
    await insertBulk(strapi, trx, outbox);
  }
}

export type SweeperSql = ReturnType<typeof sweeperSql>;
