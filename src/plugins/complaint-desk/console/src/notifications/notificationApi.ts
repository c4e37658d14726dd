import { NOTIFICATION_STATUSES, MESSAGE_CHANNELS } from '@contract';
import { httpClient } from '../dataProvider';
import { CONSOLE_API_URL } from '../config';

/** `POST /notifications/{id}/retry`: a dead or failed notification back in the queue. */
export async function retryNotification(id: string | number): Promise<{ id: string; status: string }> {
  const { json } = await httpClient(`${CONSOLE_API_URL}/notifications/${encodeURIComponent(String(id))}/retry`, { method: 'POST', body: '{}' });
  return json as { id: string; status: string };
}

export interface DropItem {
  channel: 'email' | 'sms';
  file: string;
  size: number;
  at: string;
}

export interface DropMessage {
  to: string;
  subject?: string;
  text: string;
  locale?: string;
  messageId?: string;
  reference?: string;
}

/** Development: what the local drop holds (null when messages go through relays). */
export async function dropList(): Promise<DropItem[] | null> {
  try {
    const { json } = await httpClient(`${CONSOLE_API_URL}/notifications/drop`);
    return json as DropItem[];
  } catch (err) {
    if ((err as { status?: number }).status === 404) return null;
    throw err;
  }
}

/** Development: one message of the drop (its digit runs masked by the server). */
export async function dropMessage(item: DropItem): Promise<DropMessage> {
  const { json } = await httpClient(`${CONSOLE_API_URL}/notifications/drop/${item.channel}/${encodeURIComponent(item.file)}`);
  return json as DropMessage;
}

export const statusChoices = NOTIFICATION_STATUSES.map((s) => ({ id: s, name: `resources.notifications.statuses.${s}` }));
export const channelChoices = MESSAGE_CHANNELS.map((c) => ({ id: c, name: `resources.notifications.channels.${c}` }));
