/**
 * The development drop: nodemailer's stream transport writes a real `.eml` (parsed back with
 * mailparser), SMS land as JSON, and the console's view lists them and reads them with the PIN masked.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { createTransports, listDrop, readDrop } from '../../src/plugins/complaint-desk/server/src/delivery';
import { DEFAULT_DELIVERY } from '../../src/plugins/complaint-desk/server/src/config';
import { maskDigitRuns } from '../../src/plugins/complaint-desk/server/src/domain/message-render';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-drop-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('uses the drop without relays, and the relays when set', () => {
  const drop = createTransports({ ...DEFAULT_DELIVERY, dropDir: dir }, '/');
  expect([drop.email.drop, drop.sms.drop]).toEqual([true, true]);
  const relays = createTransports({ ...DEFAULT_DELIVERY, smtp: { ...DEFAULT_DELIVERY.smtp, host: '127.0.0.1' }, sms: { url: 'http://127.0.0.1:9/sms', token: 't' } }, '/');
  expect([relays.email.drop, relays.sms.drop, relays.email.name, relays.sms.name]).toEqual([false, false, 'smtp://127.0.0.1:587', 'sms-gateway:http://127.0.0.1:9']);
  const forced = createTransports({ ...DEFAULT_DELIVERY, mode: 'drop', smtp: { ...DEFAULT_DELIVERY.smtp, host: '127.0.0.1' } }, '/');
  expect(forced.email.drop).toBe(true);
  void relays.email.close();
});

it('writes a real message and an SMS, lists them newest first and reads them masked', async () => {
  const t = createTransports({ ...DEFAULT_DELIVERY, dropDir: dir, mailFrom: 'Desk <desk@drop.test>' }, '/');
  const sent = await t.email.send({ to: 'a@x.test', subject: 'کد رهگیری ABCD-EFGH-JKMN', text: 'PIN: 123456', html: '<p dir="rtl">PIN: 123456</p>', locale: 'fa', idempotencyKey: '<cd.ABCDEFGHJKMN.n1@drop.test>' });
  expect(sent.providerId).toMatch(/^drop:.+\.eml$/);
  const emlName = sent.providerId!.slice('drop:'.length);
  const parsed = await simpleParser(fs.readFileSync(path.join(dir, 'mail', emlName)));
  expect(parsed.subject).toBe('کد رهگیری ABCD-EFGH-JKMN');
  expect(parsed.messageId).toBe('<cd.ABCDEFGHJKMN.n1@drop.test>');
  expect(parsed.text?.trim()).toBe('PIN: 123456');
  await t.sms.send({ to: '+98912', subject: '', text: 'PIN 654321', locale: 'en', idempotencyKey: 'n2' });

  const items = await listDrop(dir, 10);
  expect(items.map((i) => i.channel).sort()).toEqual(['email', 'sms']);
  const email = JSON.parse(maskDigitRuns((await readDrop(dir, 'email', emlName))!));
  expect(email).toMatchObject({ to: 'a@x.test', text: 'PIN: ******' });
  const smsFile = items.find((i) => i.channel === 'sms')!.file;
  expect(JSON.parse((await readDrop(dir, 'sms', smsFile))!)).toMatchObject({ to: '+98912', reference: 'n2' });
  expect(await readDrop(dir, 'sms', '../secrets.json')).toBeNull();
  expect(await readDrop(dir, 'email', 'missing.eml')).toBeNull();
  await t.email.close();
});
