import type { Core } from '@strapi/strapi';
import { getService } from './utils';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const setup = getService(strapi, 'setup');
  await setup.ensureLocales();
  await setup.ensureStaffRoles();
};
