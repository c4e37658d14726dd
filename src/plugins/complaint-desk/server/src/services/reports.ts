/**
 * The continuous-improvement reports (`GET /reports/{name}`): checks the query, works out whose
 * figures the caller sees, resolves the filters to row ids, asks database/reports for the counts
 * and lets domain/reports turn them into the report's rows; the CSV form is written with
 * csv-stringify (UTF-8 with a BOM, so that Excel opens Persian and Chinese text correctly).
 */
import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify/sync';
import { CHANNELS } from '../../../shared/enums';
import { seesPersonalData } from '../../../shared/permissions';
import type {
  CapaEffectivenessReportRow,
  FirstContactResolutionReportRow,
  MassIncidentReportRow,
  RepeatComplainantReportRow,
  ReportLocale,
  ReportName,
  ReportResult,
  RootCauseReportRow,
  SatisfactionReportRow,
  SlaComplianceReportRow,
  TrendReportRow,
} from '../../../shared/reports';
import { REPORT_LOCALES } from '../../../shared/reports';
import { createReportQueries, type ComplaintFilters } from '../database/reports';
import { trendBuckets } from '../domain/reports/buckets';
import {
  DEFAULT_VERIFICATION_WINDOW_DAYS,
  PERSONAL_COLUMNS,
  REPEAT_COMPLAINANTS_LIMIT,
  REPEAT_MIN_COMPLAINTS,
  REPORT_COLUMNS,
  SLA_STAGE_COLUMNS,
  columnLabel,
  reportScope,
} from '../domain/reports/definitions';
import { categorySubtree, pareto, regulatorRows, shareOf } from '../domain/reports/maths';
import { parseCountPeriod, parseReportQuery, type ParsedReportQuery } from '../domain/reports/query';
import { badRequest, forbidden } from '../errors';
import type { Caller } from './resources';

const DAY_MS = 86_400_000;
const isLocale = (v: string): v is ReportLocale => (REPORT_LOCALES as readonly string[]).includes(v);

/** The first of the four languages an Accept-Language header names, or English. */
export function localeOfHeader(header: string | undefined): ReportLocale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase().split('-')[0];
    if (isLocale(tag)) return tag;
  }
  return 'en';
}

const createReportsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => createReportQueries(strapi);

  async function timeZone(): Promise<string> {
    return (await db().defaultTimeZone()) ?? 'UTC';
  }

  /** The filters as row ids: the category subtree, the teams the caller may see and asked for. */
  async function filtersOf(q: ParsedReportQuery, caller: Caller, scope: 'all' | 'team') {
    const tree = await db().categoryTree();
    const parentOf = new Map(tree.map((k) => [String(k.id), k.parentId === null ? null : String(k.parentId)]));
    const f: ComplaintFilters = { from: q.from, to: q.to, ...(q.channel && { channel: q.channel }), ...(q.language && { language: q.language }) };
    if (q.categoryId) {
      const root = tree.find((k) => k.documentId === q.categoryId);
      if (!root) throw badRequest('Unknown category', [{ path: 'categoryId', message: 'no such category' }]);
      f.categoryIds = categorySubtree(String(root.id), parentOf).map(Number);
    }
    const teams = await db().teams();
    let teamIds: number[] | undefined;
    if (q.teamId) {
      const team = teams.find((t) => t.documentId === q.teamId);
      if (!team) throw badRequest('Unknown team', [{ path: 'teamId', message: 'no such team' }]);
      teamIds = [team.id];
    }
    if (scope === 'team') {
      const mine = await db().teamsOf(caller.id);
      if (teamIds && !mine.includes(teamIds[0])) throw forbidden('Your reports cover your own teams only', { reason: 'team_scope', teamId: q.teamId });
      teamIds ??= mine;
    }
    if (teamIds) f.teamIds = teamIds;
    return { f, tree, parentOf, teams };
  }

  async function rows(q: ParsedReportQuery, caller: Caller, scope: 'all' | 'team', tz: string): Promise<unknown[]> {
    const { f, tree, parentOf, teams } = await filtersOf(q, caller, scope);
    const queries = db();
    switch (q.name) {
      case 'root-causes': {
        const counts = await queries.rootCauseCounts(f);
        const causes = new Map((await queries.rootCauses(counts.map((c) => c.rootCauseId))).map((r) => [Number(r.id), r]));
        const items = counts.map((c) => {
          const r = causes.get(c.rootCauseId);
          return { rootCauseId: String(r?.documentId ?? ''), code: String(r?.code ?? ''), title: String(r?.title ?? ''), sixM: (r?.sixM as string | null) ?? null, count: c.count };
        });
        return pareto(items, (i) => i.code) satisfies RootCauseReportRow[];
      }
      case 'trends': {
        const buckets = trendBuckets(q.from, q.to, q.interval, q.calendar, tz);
        const { received, resolved } = await queries.trendCounts(f, buckets);
        return buckets.map((b, i) => ({ bucket: b.bucket, start: b.start.toISOString(), end: b.end.toISOString(), received: received.get(i) ?? 0, resolved: resolved.get(i) ?? 0 })) satisfies TrendReportRow[];
      }
      case 'sla-compliance': {
        const byTeam = await queries.slaCounts(f, new Date());
        const team = new Map(teams.map((t) => [t.id, t]));
        const out: SlaComplianceReportRow[] = [];
        for (const { stage } of SLA_STAGE_COLUMNS) {
          for (const r of [...byTeam].sort((a, b) => (team.get(a.teamId ?? -1)?.name ?? '').localeCompare(team.get(b.teamId ?? -1)?.name ?? '') || (a.teamId ?? 0) - (b.teamId ?? 0))) {
            const [met, breached, pending] = [Number(r[`${stage}_met`]), Number(r[`${stage}_breached`]), Number(r[`${stage}_pending`])];
            if (met + breached + pending === 0) continue;
            const t = r.teamId === null ? undefined : team.get(r.teamId);
            out.push({ stage, teamId: t?.documentId ?? null, teamName: t?.name ?? null, met, breached, pending, compliance: shareOf(met, met + breached) });
          }
        }
        return out;
      }
      case 'capa-effectiveness': {
        let actions = await queries.implementedActions(q.from, q.to);
        if (f.categoryIds) {
          const selected = new Set(f.categoryIds);
          actions = actions.filter((a) => a.categoryId !== null && selected.has(Number(a.categoryId)));
        }
        const { categoryIds: _all, ...complaintFilters } = f;
        const out: CapaEffectivenessReportRow[] = [];
        for (const a of actions) {
          const days = Number(a.windowDays ?? DEFAULT_VERIFICATION_WINDOW_DAYS) || DEFAULT_VERIFICATION_WINDOW_DAYS;
          const implementedAt = new Date(String(a.implementedAt));
          const counts =
            a.rootCauseId === null || a.rootCauseId === undefined
              ? { before: 0, after: 0 }
              : await queries.windowCounts(complaintFilters, {
                  rootCauseId: Number(a.rootCauseId),
                  start: new Date(implementedAt.getTime() - days * DAY_MS),
                  middle: implementedAt,
                  end: new Date(implementedAt.getTime() + days * DAY_MS),
                  ...(a.categoryId !== null && a.categoryId !== undefined && { categoryIds: categorySubtree(String(a.categoryId), parentOf).map(Number) }),
                });
          const override = (typeof a.override === 'string' ? safeJson(a.override) : a.override) as { result?: unknown } | null;
          const result = override?.result === 'effective' || override?.result === 'ineffective' ? override.result : ((a.result as 'effective' | 'ineffective' | null) ?? null);
          out.push({
            correctiveActionId: String(a.documentId),
            title: String(a.title ?? ''),
            status: String(a.status ?? ''),
            rootCauseId: (a.rootCauseDocumentId as string | null) ?? null,
            rootCauseCode: (a.rootCauseCode as string | null) ?? null,
            categoryId: (a.categoryDocumentId as string | null) ?? null,
            implementedAt: String(a.implementedAt),
            verificationWindowDays: days,
            ...counts,
            result,
          });
        }
        return out;
      }
      case 'first-contact-resolution': {
        const counts = new Map((await queries.firstContactCounts(f)).map((r) => [r.channel, r]));
        return CHANNELS.map((channel) => {
          const r = counts.get(channel);
          return { channel, concluded: r?.concluded ?? 0, firstContact: r?.firstContact ?? 0, share: shareOf(r?.firstContact ?? 0, r?.concluded ?? 0) };
        }) satisfies FirstContactResolutionReportRow[];
      }
      case 'satisfaction': {
        const counts = await queries.surveyCounts(f);
        return ([1, 2, 3, 4, 5] as const).map((score) => ({
          score,
          result: counts.filter((c) => c.result === score).reduce((s, c) => s + c.count, 0),
          process: counts.filter((c) => c.process === score).reduce((s, c) => s + c.count, 0),
        })) satisfies SatisfactionReportRow[];
      }
      case 'repeat-complainants': {
        const sees = seesPersonalData(caller.role);
        return (await queries.repeatComplainants(f, REPEAT_MIN_COMPLAINTS, REPEAT_COMPLAINANTS_LIMIT)).map((r) => ({
          customerId: String(r.documentId),
          name: sees ? ((r.name as string | null) ?? null) : null,
          phone: sees ? ((r.phone as string | null) ?? null) : null,
          email: sees ? ((r.email as string | null) ?? null) : null,
          complaints: Number(r.n),
          firstReceivedAt: String(r.first),
          lastReceivedAt: String(r.last),
        })) satisfies RepeatComplainantReportRow[];
      }
      case 'regulator': {
        const counts = await queries.categoryCounts(f);
        const classOf = new Map(tree.map((k) => [String(k.id), k.regulatorClass]));
        return regulatorRows(
          counts.map((c) => ({ categoryId: c.categoryId === null ? null : String(c.categoryId), count: c.count })),
          parentOf,
          classOf,
        );
      }
      case 'mass-incidents':
        return (await queries.massIncidentCounts(f)).map((r) => ({
          massIncidentId: String(r.documentId),
          title: String(r.title ?? ''),
          status: String(r.status ?? ''),
          startedAt: (r.startedAt as string | null) ?? null,
          endedAt: (r.endedAt as string | null) ?? null,
          complaints: Number(r.n),
          open: Number(r.open),
        })) satisfies MassIncidentReportRow[];
    }
  }

  return {
    /** Root causes' ids per complaint row id (the complaint record's `rootCauseIds`). */
    complaintRootCauses(complaintIds: number[]) {
      return db().complaintRootCauses(complaintIds);
    },

    /**
     * Root-cause records with `complaintCount`: complaints received in the period the query's
     * `complaintsFrom`/`complaintsTo` name (twelve months by default), over all teams.
     */
    async withComplaintCounts<R extends { id?: unknown }>(records: R[], raw: Record<string, unknown>): Promise<Array<R & { complaintCount: number }>> {
      const period = parseCountPeriod(raw, await timeZone(), new Date());
      if (!period.ok) throw badRequest('Invalid complaint-count period', period.issues);
      const counts = await db().rootCauseComplaintCounts(records.map((r) => String(r.id)), period.from, period.to);
      return records.map((r) => ({ ...r, complaintCount: counts.get(String(r.id)) ?? 0 }));
    },

    /** A report as JSON (`ReportResult`) for the caller; 400 for a bad query, 403 outside the caller's scope. */
    async run(name: string, raw: Record<string, unknown>, caller: Caller): Promise<{ result: ReportResult; query: ParsedReportQuery }> {
      const scope = reportScope(caller.role);
      if (!scope) throw forbidden('Your role does not read reports', { reason: 'role', role: caller.role });
      const tz = await timeZone();
      const parsed = parseReportQuery(name, raw, tz, new Date());
      if (!parsed.ok) throw badRequest('Invalid report query', parsed.issues);
      const q = parsed.query;
      const out = await rows(q, caller, scope, tz);
      const query = {
        from: q.from.toISOString(),
        to: q.to.toISOString(),
        ...(q.categoryId && { categoryId: q.categoryId }),
        ...(q.channel && { channel: q.channel }),
        ...(q.teamId && { teamId: q.teamId }),
        ...(q.language && { language: q.language }),
        ...(q.name === 'trends' && { interval: q.interval, calendar: q.calendar }),
      };
      const result: ReportResult = {
        name: q.name as ReportName,
        query,
        scope,
        columns: REPORT_COLUMNS[q.name],
        rows: out as Array<Record<string, unknown>>,
        ...(q.name === 'trends' && { timeZone: tz, calendar: q.calendar }),
      };
      return { result, query: q };
    },

    /** The CSV of a report: a BOM, a header row of labels in `locale`, one line per row. */
    csv(result: ReportResult, locale: ReportLocale, caller: Caller): string {
      const columns = result.columns.filter((c) => seesPersonalData(caller.role) || !(PERSONAL_COLUMNS as readonly string[]).includes(c.field));
      return stringify(
        result.rows.map((r) => Object.fromEntries(columns.map((c) => [c.field, cell(r[c.field])]))),
        { header: true, columns: columns.map((c) => ({ key: c.field, header: columnLabel(c.field, locale) })), bom: true, record_delimiter: 'windows' },
      );
    },
  };
};

/** A CSV cell: empty for null, numbers in full precision (the spreadsheet formats them). */
const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

export type ReportsService = ReturnType<typeof createReportsService>;
export default createReportsService;
