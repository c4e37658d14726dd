/**
 * Strapi's stock (core) content-API controller for complaints, mounted only when
 * BENCH_STOCK_API=true, as the baseline of `npm run bench:api`. Never in production.
 */
import { factories } from '@strapi/strapi';

export default factories.createCoreController('plugin::complaint-desk.complaint' as any);
