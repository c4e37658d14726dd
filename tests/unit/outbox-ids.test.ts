/**
 * The outbox's bulk documentIds: Strapi's format (cuid2 createId: 24 lowercase letters and digits,
 * a letter first), unique, from the pool made ahead or on the spot.
 */
import { newDocumentIds, prepareDocumentIds } from '../../src/plugins/complaint-desk/server/src/database/outbox';

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

it.each([0, 1, 500])('%i ids made on the spot', (n) => {
  const ids = newDocumentIds(n);
  expect(ids).toHaveLength(n);
  for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]{23}$/);
  expect(new Set(ids).size).toBe(n);
});

it('takes ids made ahead first, then makes the rest, never the same id twice', async () => {
  prepareDocumentIds(300);
  await settle();
  const ids = [...newDocumentIds(200), ...newDocumentIds(200)];
  expect(ids).toHaveLength(400);
  expect(new Set(ids).size).toBe(400);
  for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]{23}$/);
});
