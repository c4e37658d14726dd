import { AREAS, MASS_INCIDENT_STATUSES, type MessageChannel } from '@contract';
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

export const statusChoices = MASS_INCIDENT_STATUSES.map((s) => ({ id: s, name: `resources.mass-incidents.statuses.${s}` }));
export const areaChoices = AREAS.map((a) => ({ id: a, name: `resources.mass-incidents.areas.${a}` }));
