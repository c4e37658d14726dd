/**
 * Customers' personal data on request (SPEC §9 confidentiality): DELETE /customers/{id} erases
 * name, phone, email and address but keeps the record, so complaints and statistics stay whole.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../pluginId';
import { RESOURCES } from '../resources';
import { getService } from '../utils';
import type { Caller } from './resources';

export const createCustomersService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async erase(id: string, caller: Caller) {
    const resources = getService(strapi, 'resources');
    const def = RESOURCES.customers;
    await resources.findEntity(def, id);
    return strapi.db.transaction(async () => {
      const erased = await (strapi.documents(uid('customer') as any) as any).update({
        documentId: id,
        data: { name: '(erased)', phone: null, email: null, address: null, phoneNormalized: null, emailNormalized: null, erasedAt: new Date().toISOString() },
      });
      return resources.toRecord(def, erased, caller);
    });
  },
});

export type CustomersService = ReturnType<typeof createCustomersService>;
export default createCustomersService;
