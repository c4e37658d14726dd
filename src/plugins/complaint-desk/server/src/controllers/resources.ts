/**
 * The simple-rest controller for every resource (SPEC §6): thin — find the resource, call one
 * service, shape the answer. Errors answer in Strapi's shape without stack traces.
 */
import type { Core } from '@strapi/strapi';
import { contentRange } from '../domain/rest-query';
import { WorkingTimeError } from '../domain/working-time';
import { badRequest, methodNotAllowed, notFound } from '../errors';
import { pluginId } from '../pluginId';
import { RESOURCES, type ResourceDef } from '../resources';
import type { Caller } from '../services/resources';
import { getService } from '../utils';

const PREFIX = `/api/${pluginId}/`;

export function resourceOf(ctx: any): ResourceDef {
  const name = String(ctx.path).startsWith(PREFIX) ? String(ctx.path).slice(PREFIX.length).split('/')[0] : '';
  const def = RESOURCES[name];
  if (!def) throw notFound(`Unknown resource "${name}"`);
  return def;
}

export function callerOf(ctx: any): Caller {
  const user = ctx.state.user;
  return { id: user.id, documentId: user.documentId, role: user.role.type };
}

/**
 * Runs a handler. Working-time arithmetic refuses what it cannot compute: that is the client's
 * input, never a server fault, so it becomes a 400; the API's own errors pass to `strapi::errors`.
 */
export async function respond(_ctx: unknown, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (caught) {
    if (caught instanceof WorkingTimeError) throw badRequest(caught.message, caught.issues.map((i) => ({ path: i.path ?? '', message: i.message })));
    throw caught;
  }
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const resources = () => getService(strapi, 'resources');
  const complaints = () => getService(strapi, 'complaints');
  const users = () => getService(strapi, 'users');
  const reports = () => getService(strapi, 'reports');

  return {
    async find(ctx: any) {
      await respond(ctx, async () => {
        const def = resourceOf(ctx);
        const caller = callerOf(ctx);
        const raw = { sort: ctx.query.sort, range: ctx.query.range, filter: ctx.query.filter };
        let result: { rows: Record<string, unknown>[]; total: number };
        let offset: number;
        if (def.name === 'complaints') {
          const r = await complaints().list(raw, caller);
          result = r;
          offset = r.query.offset;
        } else {
          const query = resources().parse(def, raw, caller);
          result = def.name === 'users' ? await users().list(query, caller) : await resources().list(def, query, caller);
          offset = query.offset;
          if (def.name === 'root-causes') result.rows = await reports().withComplaintCounts(result.rows, ctx.query);
        }
        ctx.set('Content-Range', contentRange(def.name, offset, result.rows.length, result.total));
        ctx.body = result.rows;
      });
    },

    async findOne(ctx: any) {
      await respond(ctx, async () => {
        const def = resourceOf(ctx);
        const caller = callerOf(ctx);
        if (def.name === 'complaints') ctx.body = await complaints().read(ctx.params.id, caller);
        else if (def.name === 'users') ctx.body = await users().read(ctx.params.id);
        else if (def.name === 'root-causes') ctx.body = (await reports().withComplaintCounts([await resources().read(def, ctx.params.id, caller)], ctx.query))[0];
        else ctx.body = await resources().read(def, ctx.params.id, caller, ctx.query.locale);
      });
    },

    async create(ctx: any) {
      await respond(ctx, async () => {
        const def = resourceOf(ctx);
        const caller = callerOf(ctx);
        const body = bodyOf(ctx);
        if (def.name === 'complaints') {
          const { documentId, pin } = await complaints().register(body, caller);
          // The PIN exists in clear only in this answer (and the acknowledgment in the outbox).
          ctx.body = { ...(await complaints().read(documentId, caller)), pin };
        } else ctx.body = await resources().create(def, body, caller);
        ctx.status = 201;
      });
    },

    async update(ctx: any) {
      await respond(ctx, async () => {
        const def = resourceOf(ctx);
        const caller = callerOf(ctx);
        const body = bodyOf(ctx);
        if (def.name === 'complaints') ctx.body = await complaints().update(ctx.params.id, body, caller);
        else ctx.body = await resources().update(def, ctx.params.id, body, caller, ctx.query.locale);
      });
    },

    async delete(ctx: any) {
      await respond(ctx, async () => {
        const def = resourceOf(ctx);
        const caller = callerOf(ctx);
        if (def.name === 'customers') ctx.body = await getService(strapi, 'customers').erase(ctx.params.id, caller);
        else ctx.body = await resources().remove(def, ctx.params.id, caller, ctx.query.locale);
      });
    },

    /** Writes to read-only resources, and DELETE of complaints (they are records). */
    async notAllowed(ctx: any) {
      await respond(ctx, async () => {
        const def = resourceOf(ctx);
        throw methodNotAllowed(def.readOnlyReason ?? `Complaints are records and are never deleted.`);
      });
    },

    async action(ctx: any) {
      await respond(ctx, async () => {
        ctx.body = await complaints().perform(ctx.params.id, ctx.params.action, bodyOf(ctx), callerOf(ctx));
      });
    },
  };
};

function bodyOf(ctx: any): Record<string, unknown> {
  const body = ctx.request.body;
  if (body === undefined || body === null || body === '') return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw badRequest('The body must be a JSON object', [{ path: '', message: 'must be a JSON object' }]);
  }
  return body;
}
