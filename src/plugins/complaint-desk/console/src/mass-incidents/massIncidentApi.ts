import { httpClient } from '../dataProvider';
import { CONSOLE_API_URL } from '../config';

export const MI_STATUSES = ['open', 'resolved', 'withdrawn'] as const;
export const AREAS = ['network', 'billing', 'service', 'sales'] as const;
export const MESSAGE_CHANNELS = ['email', 'sms'] as const;

export interface BulkMessage {
  subject?: string;
  text: string;
  channel?: (typeof MESSAGE_CHANNELS)[number];
}

/** `POST /mass-incidents/{id}/message` → how many outbox rows were queued. */
export async function sendBulkMessage(id: string | number, body: BulkMessage): Promise<{ queued: number }> {
  const { json } = await httpClient(`${CONSOLE_API_URL}/mass-incidents/${encodeURIComponent(String(id))}/message`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return json as { queued: number };
}

export const statusChoices = MI_STATUSES.map((s) => ({ id: s, name: `resources.mass-incidents.statuses.${s}` }));
export const areaChoices = AREAS.map((a) => ({ id: a, name: `resources.mass-incidents.areas.${a}` }));
