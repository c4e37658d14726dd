/**
 * The transports of this process, from the delivery settings (config `delivery`): the SMTP relay
 * and the SMS gateway where set, else the development drop under `dropDir` (`mail/*.eml`,
 * `sms/*.json`). `DELIVERY=drop` uses the drop even with a relay set; production never starts
 * without relays unless delivery is off (config/index.ts `deliveryRefusal`).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DeliveryConfig } from '../config';
import { emailDrop, smtpTransport } from './email';
import { httpJsonGateway, smsDrop } from './sms';
import type { Transport } from './transport';

export type { OutboundMessage, Transport } from './transport';

export interface Transports {
  email: Transport;
  sms: Transport;
  dropDir: string;
}

export function dropDirOf(appDir: string, d: DeliveryConfig): string {
  return path.resolve(appDir, d.dropDir);
}

export function createTransports(d: DeliveryConfig, appDir: string): Transports {
  const dropDir = dropDirOf(appDir, d);
  const drop = d.mode === 'drop';
  return {
    email: !drop && d.smtp.host ? smtpTransport({ ...d.smtp, host: d.smtp.host }, d.mailFrom, { maxConnections: d.concurrency }) : emailDrop(path.join(dropDir, 'mail'), d.mailFrom),
    sms: !drop && d.sms.url ? httpJsonGateway(d.sms.url, d.sms.token) : smsDrop(path.join(dropDir, 'sms')),
    dropDir,
  };
}

export interface DropItem {
  channel: 'email' | 'sms';
  file: string;
  size: number;
  at: string;
}

/** The newest files of the drop (development's view of what was "sent"), newest first. */
export async function listDrop(dropDir: string, limit: number): Promise<DropItem[]> {
  const items: DropItem[] = [];
  for (const [channel, sub] of [['email', 'mail'], ['sms', 'sms']] as const) {
    const dir = path.join(dropDir, sub);
    let names: string[] = [];
    try {
      names = await fs.readdir(dir);
    } catch {
      continue;
    }
    for (const file of names) {
      if (file.startsWith('.')) continue;
      const st = await fs.stat(path.join(dir, file)).catch(() => null);
      if (st?.isFile()) items.push({ channel, file, size: st.size, at: st.mtime.toISOString() });
    }
  }
  return items.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}

/** One drop message as JSON text (an email's readable side); null for a name outside the drop. */
export async function readDrop(dropDir: string, channel: 'email' | 'sms', file: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(file)) return null;
  const name = channel === 'email' ? `.${file}.json` : file;
  return fs.readFile(path.join(dropDir, channel === 'email' ? 'mail' : 'sms', name), 'utf8').catch(() => null);
}
