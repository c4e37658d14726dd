import type { Core } from '@strapi/strapi';
import { stopSlaSweeper } from './bootstrap';
import { getService } from './utils';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  stopSlaSweeper();
  await getService(strapi, 'delivery').stop();
  await getService(strapi, 'inbound-email').stop();
};
