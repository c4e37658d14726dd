/**
 * The console's real client from Node: ra-data-simple-rest (from the console's own install) with a
 * fetch-based httpClient carrying the JWT, against a Strapi listening on loopback.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TestApp } from './strapi';
import { appDir } from './strapi';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const simpleRestProvider = require(path.join(appDir, 'src', 'plugins', 'complaint-desk', 'console', 'node_modules', 'ra-data-simple-rest'));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fetchUtils } = require(path.join(appDir, 'src', 'plugins', 'complaint-desk', 'console', 'node_modules', 'ra-core'));

export type DataProvider = {
  getList: (resource: string, params: any) => Promise<{ data: any[]; total: number }>;
  getOne: (resource: string, params: any) => Promise<{ data: any }>;
  getMany: (resource: string, params: any) => Promise<{ data: any[] }>;
  getManyReference: (resource: string, params: any) => Promise<{ data: any[]; total: number }>;
  create: (resource: string, params: any) => Promise<{ data: any }>;
  update: (resource: string, params: any) => Promise<{ data: any }>;
  delete: (resource: string, params: any) => Promise<{ data: any }>;
};

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD || 'Demo-Desk-2026';

export async function listen(t: TestApp): Promise<string> {
  const server = t.strapi.server.httpServer;
  if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export async function login(base: string, identifier: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${base}/api/auth/local`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ identifier, password }) });
  if (!res.ok) throw new Error(`login ${identifier}: ${res.status}`);
  return ((await res.json()) as { jwt: string }).jwt;
}

export function dataProvider(base: string, jwt: string): DataProvider {
  const httpClient = (url: string, options: any = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Authorization', `Bearer ${jwt}`);
    return fetchUtils.fetchJson(url, { ...options, headers });
  };
  const provider = simpleRestProvider(`${base}/api/complaint-desk`, httpClient);
  // Failures carry the API's status and body in the message, so a failing test says why.
  return Object.fromEntries(
    Object.entries(provider).map(([name, fn]) => [
      name,
      async (...args: unknown[]) => {
        try {
          return await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (err: any) {
          if (err?.status) {
            const e = new Error(`${name} ${String(args[0])}: ${err.status} ${JSON.stringify(err.body)}`) as Error & { status: number; body: unknown };
            e.status = err.status;
            e.body = err.body;
            throw e;
          }
          throw err;
        }
      },
    ]),
  ) as DataProvider;
}

/** A plain JSON call, for the domain routes simple-rest has no verb for. */
export async function call(base: string, jwt: string | null, method: string, urlPath: string, body?: unknown) {
  const res = await fetch(`${base}${urlPath}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(jwt ? { Authorization: `Bearer ${jwt}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, body: json, headers: res.headers };
}

export const action = (base: string, jwt: string, id: string, name: string, body: unknown = {}) =>
  call(base, jwt, 'POST', `/api/complaint-desk/complaints/${id}/actions/${name}`, body);

/** JWTs and data providers for the six demo staff users of the seed. */
export async function loginDemoStaff(base: string, jwt: Record<string, string>, dp: Record<string, DataProvider>): Promise<void> {
  for (const role of ['agent', 'specialist', 'director', 'quality-manager', 'cft-member', 'content-editor']) {
    jwt[role] = await login(base, `${role}@demo.local`);
    dp[role] = dataProvider(base, jwt[role]);
  }
}
