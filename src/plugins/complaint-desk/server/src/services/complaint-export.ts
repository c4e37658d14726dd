/**
 * The complaint list as CSV (`GET /complaints/export?filter=…&sort=…`): the list's own filters,
 * sort, scope and masking (services/complaints.ts `list`), read page by page and streamed through
 * csv-stringify, so an export never holds the whole selection in memory. UTF-8 with a BOM; labels
 * in the caller's language. The customer's columns are written only for roles that receive
 * personal data. The first page is read before the answer starts, so a bad filter is still a 400.
 */
import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify';
import { seesPersonalData } from '../../../shared/permissions';
import type { ReportLocale } from '../../../shared/reports';
import { COMPLAINT_EXPORT_COLUMNS, COMPLAINT_EXPORT_MAX_ROWS, COMPLAINT_EXPORT_PERSONAL, columnLabel } from '../domain/reports/definitions';
import { badRequest } from '../errors';
import { getService } from '../utils';
import type { Caller } from './resources';

/** Rows per page read (the list's largest page). */
const PAGE = 100;

const valueAt = (record: Record<string, unknown>, path: string): string => {
  const v = path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), record);
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join(' ') : String(v);
};

const createComplaintExportService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The export as a stream of CSV text; 400 for a bad filter or a selection over the limit. */
  async csv(raw: { sort?: unknown; filter?: unknown }, caller: Caller, locale: ReportLocale): Promise<Readable> {
    const complaints = getService(strapi, 'complaints');
    const pageAt = (offset: number) => complaints.list({ ...raw, range: JSON.stringify([offset, offset + PAGE - 1]) }, caller);
    const first = await pageAt(0);
    if (first.total > COMPLAINT_EXPORT_MAX_ROWS) {
      throw badRequest('Too many complaints to export', [{ path: 'filter', message: `${first.total} complaints match; narrow the filter to at most ${COMPLAINT_EXPORT_MAX_ROWS}` }]);
    }
    const columns = COMPLAINT_EXPORT_COLUMNS.filter((c) => seesPersonalData(caller.role) || !(COMPLAINT_EXPORT_PERSONAL as readonly string[]).includes(c));
    const total = first.total;
    async function* records() {
      let page = first.rows;
      for (let offset = 0; page.length > 0 && offset < total; ) {
        for (const r of page) yield Object.fromEntries(columns.map((c) => [c, valueAt(r, c)]));
        offset += PAGE;
        if (offset >= total) break;
        page = (await pageAt(offset)).rows;
      }
    }
    const out = stringify({ header: true, bom: true, record_delimiter: 'windows', columns: columns.map((c) => ({ key: c, header: columnLabel(c, locale) })) });
    Readable.from(records()).on('error', (err) => out.destroy(err)).pipe(out);
    return out;
  },
});

export type ComplaintExportService = ReturnType<typeof createComplaintExportService>;
export default createComplaintExportService;
