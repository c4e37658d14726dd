/**
 * Table and column names as Strapi's metadata knows them, schema-qualified where the connection
 * names a schema. The database folder is the only place that names tables; everything here is
 * derived from the content types, so a renamed collection or column follows without edits.
 */
import type { Core } from '@strapi/strapi';
import { uid } from '../pluginId';

/** A content type of this plugin by its short name (`complaint`), or any full uid. */
export type ModelName = string;

const fullUid = (name: ModelName) => (name.includes('::') ? name : uid(name));

/** The name qualified with the connection's schema, when it has one (PostgreSQL `schema` setting). */
export function qualified(strapi: Core.Strapi, name: string): string {
  const schema = strapi.db.getSchemaName();
  return schema ? `${schema}.${name}` : name;
}

export function meta(strapi: Core.Strapi, model: ModelName) {
  return strapi.db.metadata.get(fullUid(model));
}

/** The model's table, schema-qualified. */
export function tableOf(strapi: Core.Strapi, model: ModelName): string {
  return qualified(strapi, meta(strapi, model).tableName);
}

/** The column behind an attribute (`slaDueAt` → `sla_due_at`). */
export function columnOf(strapi: Core.Strapi, model: ModelName, attribute: string): string {
  const attr = meta(strapi, model).attributes[attribute] as { columnName?: string } | undefined;
  if (!attr) throw new Error(`${fullUid(model)} has no attribute ${attribute}`);
  return attr.columnName ?? attribute;
}

/** The join table of a relation attribute, with its columns, schema-qualified. */
export function joinTableOf(strapi: Core.Strapi, model: ModelName, attribute: string) {
  const attr = meta(strapi, model).attributes[attribute] as { joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; orderColumnName?: string; inverseOrderColumnName?: string } } | undefined;
  if (!attr?.joinTable) throw new Error(`${fullUid(model)}.${attribute} has no join table`);
  return { ...attr.joinTable, table: qualified(strapi, attr.joinTable.name) };
}

export const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';
