/**
 * Generic simple-rest resources (SPEC §6): list with whitelisted filters and sorts, read,
 * create, full update, delete, for every resource declared in resources/index.ts. Complaints,
 * customers and users plug their own behaviour in through the `complaints` service.
 */
import type { Core } from '@strapi/strapi';
import type { StaffRole } from '../domain/lifecycle';
import { parseListQuery, type Condition, type ListQuery, type ResourceQuerySpec, type FieldSpec } from '../domain/rest-query';
import { normalizedContact, validatePhone } from '../domain/contact';
import { parentIssue } from '../domain/category-tree';
import { neutralizeText } from '../domain/display-text';
import { maskSecrets } from '../domain/privacy';
import { uid } from '../pluginId';
import { badRequest, notFound } from '../errors';
import { personalFields, seesPersonalData, type ResourceDef } from '../resources';
import { getService } from '../utils';

export interface Caller {
  id: number;
  documentId: string;
  role: StaffRole;
}

const OPS: Record<Condition['op'], string> = {
  eq: '$eq',
  ne: '$ne',
  gt: '$gt',
  gte: '$gte',
  lt: '$lt',
  lte: '$lte',
  in: '$in',
  nin: '$notIn',
  contains: '$containsi',
  null: '$null',
  notNull: '$notNull',
};

/** The names of a complaint's to-one relations its record carries (read-only; docs/API.md). */
export const RELATION_NAME_KEYS = ['categoryName', 'teamName', 'assigneeName'] as const;

/** Keys a client may send back on PUT although they are computed (react-admin sends the whole record). */
const COMPUTED_KEYS = new Set(['id', 'documentId', 'customer', 'sla', 'availableActions', 'role', 'teamIds', 'locale', 'localizations', ...RELATION_NAME_KEYS]);

export function querySpec(def: ResourceDef, extra: Partial<ResourceQuerySpec> = {}): ResourceQuerySpec {
  const filters: Record<string, FieldSpec> = {};
  const sorts: string[] = ['id'];
  for (const [name, f] of Object.entries(def.fields)) {
    if (f.filter) filters[name] = f.filter;
    if (f.sort) sorts.push(name);
  }
  for (const [name, r] of Object.entries(def.relations)) if (r.filter) filters[name] = { type: 'id' };
  return {
    resource: def.name,
    filters,
    sorts,
    defaultSort: def.defaultSort ?? { field: 'createdAt', order: 'DESC' },
    ...extra,
  };
}

export const createResourcesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (def: ResourceDef) => strapi.documents(def.uid as any) as any;

  /** Strapi filters for the parsed conditions. */
  function filtersFor(def: ResourceDef, conditions: Condition[]): Record<string, unknown>[] {
    return conditions
      .filter((c) => c.field !== 'locale')
      .map((c) => {
        const op = OPS[c.op];
        const value = c.op === 'null' || c.op === 'notNull' ? true : c.value;
        if (c.field === 'id') return { documentId: { [op]: value } };
        const relation = def.relations[c.field];
        if (relation) {
          if (c.op === 'null' || c.op === 'notNull') return { [relation.attr]: { id: { [op]: true } } };
          return { [relation.attr]: { documentId: { [op]: value } } };
        }
        const attr = def.fields[c.field].attr ?? c.field;
        return { [attr]: { [op]: value } };
      });
  }

  function populateFor(def: ResourceDef): Record<string, unknown> {
    return Object.fromEntries(Object.values(def.relations).map((r) => [r.attr, { fields: ['documentId'] }]));
  }

  function localeOf(def: ResourceDef, query?: ListQuery, explicit?: unknown): string | undefined {
    if (!def.localized) return undefined;
    const fromFilter = query?.conditions.find((c) => c.field === 'locale' && c.op === 'eq')?.value;
    const locale = (explicit ?? fromFilter ?? 'en') as string;
    if (!['en', 'fa', 'ru', 'zh'].includes(locale)) throw badRequest('Unknown locale', [{ path: 'locale', message: 'must be one of en, fa, ru, zh' }]);
    return locale;
  }

  /** A resource's fields and relations as lists, built once per definition (toRecord runs per row). */
  const shapes = new WeakMap<ResourceDef, { fields: Array<[name: string, attr: string, pii: boolean, secrets: boolean]>; relations: Array<[name: string, attr: string, many: boolean]> }>();
  function shapeOf(def: ResourceDef) {
    let shape = shapes.get(def);
    if (!shape) {
      shape = {
        fields: Object.entries(def.fields)
          .filter(([, f]) => !f.notInRecord)
          .map(([name, f]) => [name, f.attr ?? name, !!f.pii, !!f.secrets]),
        relations: Object.entries(def.relations).map(([name, r]) => [name, r.attr, !!r.many]),
      };
      shapes.set(def, shape);
    }
    return shape;
  }

  /** The API record of an entity: `id` is the documentId, relations become `<name>Id`. */
  function toRecord(def: ResourceDef, entity: any, caller: Caller): Record<string, unknown> {
    const masked = !seesPersonalData(caller.role);
    const { fields, relations } = shapeOf(def);
    const out: Record<string, unknown> = { id: entity.documentId };
    for (const [name, attr, pii, secrets] of fields) {
      const value = entity[attr];
      out[name] = pii && masked ? null : value === undefined ? null : secrets ? maskSecrets(value) : value;
    }
    for (const [name, attr, many] of relations) {
      const value = entity[attr];
      out[name] = many ? (Array.isArray(value) ? value.map((v: any) => v.documentId) : []) : (value?.documentId ?? null);
    }
    if (def.localized) out.locale = entity.locale;
    return out;
  }

  /** Relation ids in a body → Strapi relation input, checking that each target exists. */
  async function relationData(def: ResourceDef, body: Record<string, unknown>, locale: string | undefined): Promise<Record<string, unknown>> {
    const data: Record<string, unknown> = {};
    const issues: Array<{ path: string; message: string }> = [];
    for (const [name, r] of Object.entries(def.relations)) {
      if (!(name in body) || !r.write) continue;
      const value = body[name];
      const ids = r.many ? value : value === null ? [] : [value];
      if (!Array.isArray(ids) || ids.some((v) => typeof v !== 'string' || v.length === 0 || v.length > 64)) {
        issues.push({ path: name, message: r.many ? 'must be an array of ids' : 'must be an id or null' });
        continue;
      }
      const found = ids.length
        ? await strapi.db.query(r.target as any).findMany({ where: { documentId: { $in: ids }, ...(r.localizedTarget ? { locale: locale ?? 'en' } : {}) }, select: ['id', 'documentId'] })
        : [];
      const missing = ids.filter((v: string) => !found.some((f: any) => f.documentId === v));
      if (missing.length) {
        issues.push({ path: name, message: `unknown id${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}` });
        continue;
      }
      data[r.attr] = { set: found.map((f: any) => ({ id: f.id })) };
    }
    if (issues.length) throw badRequest('Invalid relation ids', issues);
    return data;
  }

  /** Scalar fields of a body: unknown keys are refused, computed ones ignored, required ones checked. */
  function scalarData(def: ResourceDef, body: Record<string, unknown>, creating: boolean): Record<string, unknown> {
    const issues: Array<{ path: string; message: string }> = [];
    const data: Record<string, unknown> = {};
    const attributes: Record<string, { type?: string }> = (strapi.contentType(def.uid as any) as any)?.attributes ?? {};
    for (const key of Object.keys(body)) {
      if (!(key in def.fields) && !(key in def.relations) && !COMPUTED_KEYS.has(key)) issues.push({ path: key, message: 'unknown field' });
    }
    for (const [name, f] of Object.entries(def.fields)) {
      if (!f.write) continue;
      if (name in body) data[f.attr ?? name] = body[name];
      const v = body[name];
      // Strapi hands a string to a JSON column as JSON text: PostgreSQL refuses most, and "[1]" would become an array.
      if (typeof v === 'string' && attributes[f.attr ?? name]?.type === 'json') issues.push({ path: name, message: 'must be JSON: an object, an array, a number, true, false or null' });
      if (f.required && (creating || name in body) && (v === undefined || v === null || v === '')) issues.push({ path: name, message: 'is required' });
    }
    if (issues.length) throw badRequest('Invalid body', issues);
    return data;
  }

  /** A record as a list shows it: its display fields with hidden bidi and zero-width characters marked. */
  function listRecord(def: ResourceDef, record: Record<string, unknown>): Record<string, unknown> {
    for (const [name, f] of Object.entries(def.fields)) if (f.display && typeof record[name] === 'string') record[name] = neutralizeText(record[name] as string);
    return record;
  }

  /**
   * A customer's phone as written: a phone number (domain/contact.ts), stored with Latin digits, and
   * normalized beside it for the duplicate check; an empty one is none.
   */
  function contactData(def: ResourceDef, scalars: Record<string, unknown>): Record<string, unknown> {
    if (def.name !== 'customers') return {};
    const out: Record<string, unknown> = {};
    if ('phone' in scalars && scalars.phone !== null && scalars.phone !== undefined) {
      if (typeof scalars.phone === 'string' && scalars.phone.trim() === '') out.phone = null;
      else {
        const checked = validatePhone(scalars.phone);
        if (!checked.ok) throw badRequest('Invalid customers', [{ path: 'phone', message: checked.message }]);
        out.phone = checked.phone;
      }
    }
    return { ...out, ...normalizedContact({ ...scalars, ...out }) };
  }

  /** A category's parent keeps the tree a tree (domain/category-tree.ts), in the locale written. */
  async function checkParent(def: ResourceDef, id: string, body: Record<string, unknown>, locale: string | undefined): Promise<void> {
    if (def.uid !== uid('category') || typeof body.parentId !== 'string') return;
    const rows = await strapi.db.query(def.uid as any).findMany({ where: { locale: locale ?? 'en' }, select: ['documentId'], populate: { parent: { select: ['documentId'] } } });
    const parentOf = new Map<string, string | null>(rows.map((r: any) => [r.documentId, r.parent?.documentId ?? null]));
    const issue = parentIssue(id, body.parentId, parentOf);
    if (issue) throw badRequest('Invalid categories', [{ path: 'parentId', message: issue }]);
  }

  /** The resource's own rules on the record a write would leave. */
  function checkRecord(def: ResourceDef, record: Record<string, unknown>): void {
    const issues = def.validate?.(record) ?? [];
    if (issues.length) throw badRequest(`Invalid ${def.name}`, issues);
  }

  const service = {
    querySpec,
    toRecord,
    populateFor,
    filtersFor,

    /** The list parameters for this caller: roles that may not see personal data may not filter or sort by it. */
    parse(def: ResourceDef, raw: { sort?: unknown; range?: unknown; filter?: unknown }, caller: Caller, extra: Partial<ResourceQuerySpec> = {}): ListQuery {
      const spec = querySpec(def, { ...(seesPersonalData(caller.role) ? {} : { personal: personalFields(def) }), ...extra });
      if (def.localized) spec.filters.locale = { type: 'enum', values: ['en', 'fa', 'ru', 'zh'] };
      const parsed = parseListQuery(raw, spec);
      if (!parsed.ok) throw badRequest('Invalid list query', parsed.issues);
      return parsed.query;
    },

    async list(def: ResourceDef, query: ListQuery, caller: Caller, extraFilters: Record<string, unknown>[] = []) {
      const locale = localeOf(def, query);
      const filters = { $and: [...filtersFor(def, query.conditions), ...extraFilters] };
      const sortField = query.sort.field === 'id' ? 'id' : (def.fields[query.sort.field]?.attr ?? query.sort.field);
      const order = query.sort.order.toLowerCase();
      const [rows, total] = await Promise.all([
        docs(def).findMany({ filters, locale, sort: [{ [sortField]: order }, { id: order }], start: query.offset, limit: query.limit, populate: populateFor(def) }),
        docs(def).count({ filters, locale }),
      ]);
      return { rows: rows.map((r: any) => listRecord(def, toRecord(def, r, caller))), total: Number(total) };
    },

    async findEntity(def: ResourceDef, id: string, locale?: string, populate?: Record<string, unknown>) {
      const entity = await docs(def).findOne({ documentId: id, locale, populate: populate ?? populateFor(def) });
      if (!entity || (def.localized && entity.locale !== (locale ?? 'en'))) throw notFound(`No ${def.name} with id ${id}`);
      return entity;
    },

    async read(def: ResourceDef, id: string, caller: Caller, localeParam?: unknown) {
      const locale = localeOf(def, undefined, localeParam);
      return toRecord(def, await service.findEntity(def, id, locale), caller);
    },

    async create(def: ResourceDef, body: Record<string, unknown>, caller: Caller) {
      const locale = localeOf(def, undefined, body.locale);
      const scalars = scalarData(def, body, true);
      checkRecord(def, scalars);
      const data = { ...scalars, ...contactData(def, scalars), ...(await relationData(def, body, locale)) };
      return strapi.db.transaction(async () => {
        const created = await docs(def).create({ data, locale, populate: populateFor(def) });
        return toRecord(def, created, caller);
      });
    },

    async update(def: ResourceDef, id: string, body: Record<string, unknown>, caller: Caller, localeParam?: unknown) {
      const locale = localeOf(def, undefined, localeParam ?? body.locale);
      if (!def.localized) await service.findEntity(def, id);
      else {
        // PUT on a missing localization creates it (the document must exist in some locale).
        const any = await strapi.db.query(def.uid as any).findOne({ where: { documentId: id }, select: ['id'] });
        if (!any) throw notFound(`No ${def.name} with id ${id}`);
      }
      const scalars = scalarData(def, body, false);
      if (def.validate) checkRecord(def, { ...(await strapi.db.query(def.uid as any).findOne({ where: { documentId: id } })), ...scalars });
      await checkParent(def, id, body, locale);
      const data = { ...scalars, ...contactData(def, scalars), ...(await relationData(def, body, locale)) };
      return strapi.db.transaction(async () => {
        // Personal data never goes back onto an erased customer (409).
        if (def.name === 'customers') await getService(strapi, 'customers').refuseErasedWrites(id, scalars);
        const updated = await docs(def).update({ documentId: id, locale, data, populate: populateFor(def) });
        return toRecord(def, updated, caller);
      });
    },

    async remove(def: ResourceDef, id: string, caller: Caller, localeParam?: unknown) {
      const locale = localeOf(def, undefined, localeParam);
      const record = toRecord(def, await service.findEntity(def, id, locale), caller);
      await strapi.db.transaction(async () => {
        // A localized document is deleted in every locale: the API's id names the document.
        await docs(def).delete({ documentId: id, locale: def.localized ? '*' : undefined });
      });
      return record;
    },
  };
  return service;
};

export type ResourcesService = ReturnType<typeof createResourcesService>;
export default createResourcesService;
