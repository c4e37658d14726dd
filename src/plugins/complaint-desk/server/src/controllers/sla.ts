/**
 * POST /api/complaint-desk/sla/preview (SPEC §8): the stage deadlines for a calendar and a start.
 * Body: {calendar: {...} | calendarId, start, durations: [{days?, hours?}]} → {due: [ISO]}.
 */
import type { Core } from '@strapi/strapi';
import { WorkingTimeError, validateCalendar, validateDuration, type Calendar, type Duration } from '../domain/working-time';
import { badRequest } from '../errors';
import { uid } from '../pluginId';
import { getService } from '../utils';
import { respond } from './resources';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: any) {
    await respond(ctx, async () => {
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      const issues: Array<{ path: string; message: string }> = [];
      for (const key of Object.keys(body)) if (!['calendar', 'calendarId', 'start', 'durations'].includes(key)) issues.push({ path: key, message: 'unknown field' });

      let calendar: Calendar | null = null;
      if (body.calendar !== undefined && body.calendarId !== undefined) issues.push({ path: 'calendar', message: 'give calendar or calendarId, not both' });
      else if (body.calendar !== undefined) {
        const checked = validateCalendar(body.calendar);
        if (checked.ok) calendar = checked.calendar;
        else issues.push(...checked.issues.map((i) => ({ path: `calendar.${i.path}`, message: i.message })));
      } else if (typeof body.calendarId === 'string') {
        const row = await strapi.db.query(uid('business-calendar') as any).findOne({ where: { documentId: body.calendarId } });
        if (!row) issues.push({ path: 'calendarId', message: `unknown id ${body.calendarId}` });
        else {
          calendar = getService(strapi, 'sla').calendarOf(row);
          if (!calendar) issues.push({ path: 'calendarId', message: 'the stored calendar is not valid: correct it first' });
        }
      } else issues.push({ path: 'calendar', message: 'give calendar or calendarId' });

      const start = typeof body.start === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(body.start) ? new Date(body.start) : null;
      if (!start || Number.isNaN(start.getTime())) issues.push({ path: 'start', message: 'must be an ISO 8601 date-time' });

      const durations: Duration[] = [];
      if (!Array.isArray(body.durations) || body.durations.length === 0 || body.durations.length > 20) {
        issues.push({ path: 'durations', message: 'must be a list of 1 to 20 durations' });
      } else {
        body.durations.forEach((d, i) => {
          const checked = validateDuration(d, `durations.${i}`);
          if (checked.ok) durations.push(checked.duration);
          else issues.push(...checked.issues);
        });
      }
      if (issues.length || !calendar || !start) throw badRequest('Invalid SLA preview', issues);
      try {
        ctx.body = { due: getService(strapi, 'sla').preview(calendar, start, durations).map((d) => d.toISOString()) };
      } catch (err) {
        // The calendar cannot give these deadlines (e.g. years of holidays in a row): the input's fault.
        if (err instanceof WorkingTimeError) throw badRequest('Invalid SLA preview', [{ path: body.calendarId !== undefined ? 'calendarId' : 'calendar', message: err.message }]);
        throw err;
      }
    });
  },
});
