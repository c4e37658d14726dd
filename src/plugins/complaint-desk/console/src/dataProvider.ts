import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider, type RaRecord } from 'react-admin';
import type { ActionName, CapaAction, CftReviewAction, QueueName, ReportAnswer, ReportName } from '@contract';
import { CONSOLE_API_URL } from './config';
import { getToken, prefetched } from './session';
import { apiErrorMessage } from './strapi';

/**
 * fetchJson + `Authorization: Bearer <jwt>`. Strapi puts the error message
 * in `body.error.message`; rethrow so react-admin notifications show it.
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  const token = getToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);

  // The same GET started at login for the landing page (landing.ts): answered once, same token.
  if ((options.method ?? 'GET').toUpperCase() === 'GET') {
    const early = prefetched.take(url, token);
    if (early) {
      try {
        return await early;
      } catch {
        /* the prefetch failed: ask the network below, and report its error */
      }
    }
  }

  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    if (error instanceof HttpError) {
      throw new HttpError(apiErrorMessage(error.body, error.message), error.status, error.body);
    }
    throw error;
  }
};

const post = async <T>(path: string, body: unknown): Promise<T> => {
  const { json } = await httpClient(`${CONSOLE_API_URL}${path}`, {
    method: 'POST',
    body: JSON.stringify(body ?? {}),
  });
  return json as T;
};

export interface SlaPreviewRequest {
  calendar?: {
    timezone: string;
    workingDays: string[];
    hours: Array<[string, string]>;
    holidays?: string[];
  };
  calendarId?: string;
  start: string;
  durations: Array<{ days?: number; hours?: number }>;
}

/**
 * ra-data-simple-rest plus the domain calls the REST contract has no verb for (SPEC §8):
 * complaint actions, the SLA preview and reports.
 */
export interface ComplaintDeskDataProvider extends DataProvider {
  /** `POST /complaints/{id}/actions/{action}` → the updated complaint. */
  action: <R extends RaRecord = RaRecord>(id: RaRecord['id'], action: ActionName, body?: object) => Promise<{ data: R }>;
  /** `POST /corrective-actions/{id}/actions/{action}` → the updated corrective action (shared/capa.ts). */
  capaAction: <R extends RaRecord = RaRecord>(id: RaRecord['id'], action: CapaAction, body?: object) => Promise<{ data: R }>;
  /** `POST /cft-reviews/{id}/actions/{action}` → the updated review (its conclusion's steps). */
  reviewAction: <R extends RaRecord = RaRecord>(id: RaRecord['id'], action: CftReviewAction, body?: object) => Promise<{ data: R }>;
  /** `POST /sla/preview` → the stage deadlines. */
  slaPreview: (request: SlaPreviewRequest) => Promise<{ due: string[] }>;
  /** `GET /complaints/queue-counts` → the caller's count of every named queue, in one request. */
  queueCounts: () => Promise<Record<QueueName, number>>;
  /** `GET /reports/{name}` (SPEC §8 reports) → the report's JSON answer. */
  report: <N extends ReportName>(name: N, params?: Record<string, string>) => Promise<ReportAnswer<N>>;
  /** `GET /reports/{name}?format=csv` → the CSV file (UTF-8 with a BOM, columns in `params.locale`'s language). */
  reportCsv: (name: ReportName, params?: Record<string, string>) => Promise<Blob>;
  /** `GET /customers/{id}/export` → everything held about one customer, as one JSON document. */
  exportCustomer: (id: RaRecord['id']) => Promise<unknown>;
}

const base = simpleRestProvider(CONSOLE_API_URL, httpClient);

export const dataProvider: ComplaintDeskDataProvider = {
  ...base,
  // The approvals inbox (`filter: { inbox: true }`) is its own route: the steps the caller can
  // decide now, with what each approves; paged like any list, its total in Content-Range.
  getList: (resource, params) => {
    if (resource === 'approvals' && params.filter?.inbox) {
      const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
      const range = JSON.stringify([(page - 1) * perPage, page * perPage - 1]);
      return httpClient(`${CONSOLE_API_URL}/approvals/inbox?range=${encodeURIComponent(range)}`).then(({ json, headers }) => ({
        data: json,
        total: Number(headers.get('Content-Range')?.split('/').pop() ?? json.length),
      }));
    }
    return base.getList(resource, params);
  },
  action: async (id, action, body = {}) => ({
    data: await post(`/complaints/${encodeURIComponent(String(id))}/actions/${action}`, body),
  }),
  capaAction: async (id, action, body = {}) => ({
    data: await post(`/corrective-actions/${encodeURIComponent(String(id))}/actions/${action}`, body),
  }),
  reviewAction: async (id, action, body = {}) => ({
    data: await post(`/cft-reviews/${encodeURIComponent(String(id))}/actions/${action}`, body),
  }),
  slaPreview: (request) => post('/sla/preview', request),
  queueCounts: async () => (await httpClient(`${CONSOLE_API_URL}/complaints/queue-counts`)).json as Record<QueueName, number>,
  report: async (name, params = {}) => {
    const query = new URLSearchParams(params).toString();
    const { json } = await httpClient(`${CONSOLE_API_URL}/reports/${encodeURIComponent(name)}${query ? `?${query}` : ''}`);
    return json;
  },
  // A file, not JSON: fetched with the JWT like every call (a plain link would carry no token).
  reportCsv: async (name, params = {}) => {
    const query = new URLSearchParams({ ...params, format: 'csv' }).toString();
    const headers = new Headers({ Accept: 'text/csv' });
    const token = getToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const response = await fetch(`${CONSOLE_API_URL}/reports/${encodeURIComponent(name)}?${query}`, { headers });
    if (!response.ok) {
      const body = await response.json().catch(() => undefined);
      throw new HttpError(apiErrorMessage(body, response.statusText), response.status, body);
    }
    return response.blob();
  },
  exportCustomer: async (id) => (await httpClient(`${CONSOLE_API_URL}/customers/${encodeURIComponent(String(id))}/export`)).json,
};

export default dataProvider;
