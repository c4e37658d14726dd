import type { Core } from '@strapi/strapi';
import { refuseComplaintDeletes } from './register';
import { getService } from './utils';

let stopSweeper: (() => void) | null = null;
let stopCapaSweep: (() => void) | null = null;

export function stopSlaSweeper(): void {
  stopSweeper?.();
  stopSweeper = null;
  stopCapaSweep?.();
  stopCapaSweep = null;
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // Cached console authentication and SLA calendars forget what a write changes.
  getService(strapi, 'staff-auth').watch();
  getService(strapi, 'sla').watch();
  const setup = getService(strapi, 'setup');
  await setup.ensureLocales();
  await setup.ensureStaffRoles();
  await setup.backfill();
  await setup.ensureSlaTimers();
  await setup.ensureEventGuards();
  await getService(strapi, 'login-guard').init();
  refuseComplaintDeletes(strapi);
  await setup.ensureAutovacuum();
  await getService(strapi, 'inbound-intake').init();
  // Inbound email: the SMTP listener, only when SMTP_INTAKE_PORT is set.
  await getService(strapi, 'inbound-email').start();

  // Every instance sweeps; the claim in the sweeper makes each escalation fire once.
  const interval = Number(strapi.config.get('plugin::complaint-desk.slaSweepIntervalMs', 60000));
  if (interval > 0) stopSweeper = getService(strapi, 'sla-sweeper').start(interval);
  // Every instance decides the corrective actions whose window has ended; the claim locks each one.
  const capaInterval = Number(strapi.config.get('plugin::complaint-desk.capaSweepIntervalMs', 600000));
  if (capaInterval > 0) stopCapaSweep = getService(strapi, 'corrective-actions').start(capaInterval);

  // Every instance delivers; the claim in database/outbox.ts sends each notification once.
  getService(strapi, 'delivery').start();
};
