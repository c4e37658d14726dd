/** Strapi's stock (core) service for complaints, used by the bench-only stock controller. */
import { factories } from '@strapi/strapi';

export default factories.createCoreService('plugin::complaint-desk.complaint' as any);
