import { AREAS, MASS_INCIDENT_STATUSES, type BulkLinkResult, type MessageChannel } from '@contract';
import { httpClient } from '../dataProvider';
import { CONSOLE_API_URL } from '../config';

export interface BulkMessage {
  subject?: string;
  text: string;
  channel?: MessageChannel;
}

/** `POST /mass-incidents/{id}/message` → how many outbox rows were queued. */
export async function sendBulkMessage(id: string | number, body: BulkMessage): Promise<{ queued: number }> {
  const { json } = await httpClient(`${CONSOLE_API_URL}/mass-incidents/${encodeURIComponent(String(id))}/message`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return json as { queued: number };
}

/** `POST /mass-incidents/{id}/link` with complaint ids or a complaint-list filter, in one request. */
export async function linkComplaints(id: string | number, body: { ids: string[] } | { filter: Record<string, unknown> }): Promise<BulkLinkResult> {
  const { json } = await httpClient(`${CONSOLE_API_URL}/mass-incidents/${encodeURIComponent(String(id))}/link`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return json as BulkLinkResult;
}

export const statusChoices = MASS_INCIDENT_STATUSES.map((s) => ({ id: s, name: `resources.mass-incidents.statuses.${s}` }));
export const areaChoices = AREAS.map((a) => ({ id: a, name: `resources.mass-incidents.areas.${a}` }));
