/**
 * The part of Strapi's model metadata the SQL modules read, as small typed shapes: a table, its
 * attributes with their columns, and the join tables of relations. Strapi types its metadata as a
 * union of attribute kinds; these interfaces name only what the SQL here relies on.
 */
import type { Core } from '@strapi/strapi';
import { meta, type ModelName } from './tables';

export interface JoinColumnMeta {
  name: string;
  referencedColumn: string;
}

export interface JoinTableMeta {
  name: string;
  joinColumn: JoinColumnMeta;
  inverseJoinColumn: JoinColumnMeta;
}

export interface AttributeMeta {
  type: string;
  columnName?: string;
  target?: string;
  joinTable?: JoinTableMeta;
}

export interface ModelMeta {
  uid: string;
  tableName: string;
  attributes: Record<string, AttributeMeta>;
  columnToAttribute: Record<string, string>;
}

/** A content type's metadata (short name `complaint` or full uid). */
export const modelMeta = (strapi: Core.Strapi, model: ModelName): ModelMeta => meta(strapi, model) as unknown as ModelMeta;

/** The column of an attribute of `m` (its name when Strapi keeps no separate column name). */
export function attributeColumn(m: ModelMeta, attribute: string): string {
  const attr = m.attributes[attribute];
  if (!attr) throw new Error(`${m.uid} has no attribute ${attribute}`);
  return attr.columnName ?? attribute;
}

/** The join table of a relation attribute of `m`. */
export function relationJoin(m: ModelMeta, attribute: string): JoinTableMeta {
  const jt = m.attributes[attribute]?.joinTable;
  if (!jt) throw new Error(`${m.uid}.${attribute} has no join table`);
  return jt;
}

/** The target model of a relation attribute of `m`. */
export function relationTarget(strapi: Core.Strapi, m: ModelMeta, attribute: string): ModelMeta {
  const target = m.attributes[attribute]?.target;
  if (!target) throw new Error(`${m.uid}.${attribute} is not a relation`);
  return modelMeta(strapi, target);
}
