/**
 * The demo data set as a plugin service: `npm run seed:demo` and the first start of an empty
 * development database (plugin setting `demoSeedOnStart`) both come through here.
 */
import type { Core } from '@strapi/strapi';
import { demoEmail, demoPassword, maybeSeedOnStart, seedDemo } from '../seed';

export const createDemoSeedService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Seeds what is missing; returns the number of records created per kind. Refuses production. */
  seed(log?: (message: string) => void, options?: { complaints?: number }): Promise<Record<string, number>> {
    return seedDemo(strapi, log, options);
  },
  /** Seeds when the setting is on, outside production, and the database has no complaint and no user. */
  seedOnStart(): Promise<void> {
    return maybeSeedOnStart(strapi);
  },
  /** The demo staff's password (DEMO_PASSWORD, or the README's default). */
  password: demoPassword,
  /** The demo login of a staff role. */
  email: demoEmail,
});

export type DemoSeedService = ReturnType<typeof createDemoSeedService>;
export default createDemoSeedService;
