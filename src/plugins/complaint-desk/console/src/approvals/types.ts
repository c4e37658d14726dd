import type { RaRecord } from 'react-admin';
import type { Proposal, SlaState } from '../complaints/types';

/** A row of the approvals inbox (GET /approvals/inbox, docs/API.md): a step the caller can decide now. */
export interface InboxItem extends RaRecord<string> {
  complaintId: string;
  step: number;
  round: number;
  requiredRole: string;
  amount: number | null;
  currency: string | null;
  createdAt: string;
  trackingCode: string;
  subject: string;
  valueTier: number | null;
  proposal: Proposal | null;
  slaState: SlaState | null;
  slaDueAt: string | null;
  earlier: Array<{ step: number; requiredRole: string; decision: string; comment: string | null; decidedByName: string | null; decidedAt: string | null }>;
}

/** The dataProvider's filter that turns the approvals list into the caller's inbox. */
export const INBOX_FILTER = { inbox: true } as const;
