import type { InboxItem as InboxRow } from '@contract';
import type { RaRecord } from 'react-admin';

/** A row of the approvals inbox (GET /approvals/inbox, docs/API.md) as react-admin lists it. */
export type InboxItem = InboxRow & RaRecord<string>;

/** The dataProvider's filter that turns the approvals list into the caller's inbox. */
export const INBOX_FILTER = { inbox: true } as const;
