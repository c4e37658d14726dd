/**
 * Strapi as far as the pure SQL builders of database/ read it: a dialect and the complaint's
 * metadata, every attribute's column snake-cased as Strapi names them. No database is opened.
 */
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const metadataStub = (client: string) =>
  ({
    db: {
      dialect: { client },
      getSchemaName: () => undefined,
      metadata: { get: () => ({ tableName: 'cd_complaints', attributes: new Proxy({}, { get: (_t, attr: string) => ({ columnName: snake(attr) }) }) }) },
    },
  }) as never;
