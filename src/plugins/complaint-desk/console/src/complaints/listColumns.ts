import type { StaffRole } from '@contract';

/**
 * The complaint list's columns (DataTable sources) and which of them each role sees by default.
 * Pure data, unit-tested: every role's default set fits 1,280 px next to the menu, and the SLA and
 * the assignee (whose cell names the team too) are always shown — they are not offered for hiding.
 */
export const COMPLAINT_COLUMNS = [
  'trackingCode',
  'receivedAt',
  'subject',
  'customer.name',
  'status',
  'channel',
  'categoryId',
  'teamId',
  'assigneeId',
  'escalationLevel',
  'slaDueAt',
  'language',
  'valueTier',
] as const;
export type ComplaintColumn = (typeof COMPLAINT_COLUMNS)[number];

/** Columns a user cannot hide: what a desk works by. */
export const PINNED_COLUMNS: readonly ComplaintColumn[] = ['assigneeId', 'slaDueAt'];

const OPTIONAL: readonly ComplaintColumn[] = ['channel', 'teamId', 'escalationLevel', 'language', 'valueTier'];

/**
 * Hidden by default, per role. Front-line roles (agent, specialist) see the customer; the others
 * see the complaint without the person (directors and quality staff pick the customer column when
 * they want it; content editors never get personal data).
 */
const HIDDEN: Record<StaffRole, readonly ComplaintColumn[]> = {
  // The SLA column gives the front line the deadline; the received time is one click away.
  agent: ['receivedAt', ...OPTIONAL],
  specialist: ['receivedAt', ...OPTIONAL],
  director: ['customer.name', ...OPTIONAL],
  'quality-manager': ['customer.name', ...OPTIONAL],
  'cft-member': ['customer.name', ...OPTIONAL],
  'content-editor': ['customer.name', 'receivedAt', 'teamId', 'escalationLevel', 'valueTier'],
};

export const defaultHiddenColumns = (role: StaffRole | null): string[] => [...(role ? HIDDEN[role] : HIDDEN.director)];

/** Where the column choice is remembered (react-admin's store, per browser): one per role. */
export const columnsStoreKey = (role: StaffRole | null): string => `complaints.columns.${role ?? 'none'}`;
