import type { RaRecord } from 'react-admin';
import type { Status } from '../common/enums';
import type { ActionName } from '../permissions/matrix';

export type SlaStageName = 'acknowledgment' | 'assessment' | 'evaluation' | 'resolution';
export type SlaState = 'ok' | 'at_risk' | 'breached' | 'paused' | 'met';

export interface SlaStageClock {
  stage: SlaStageName;
  dueAt: string | null;
  /** Share of the stage's working time used so far (0…1, above 1 when breached). */
  elapsedShare: number | null;
  state: SlaState;
}

export interface Proposal {
  external: { type: string; description: string; amount?: number; currency?: string };
  internal: { correctiveActionId: string } | { none: true; reason: string };
  round: number;
  status: 'pending_approval' | 'approved' | 'declined' | 'sent' | 'accepted' | 'rejected';
}

/** The complaint record of the console API (SPEC §8 plus the fields docs/API.md lists). */
export interface Complaint extends RaRecord<string> {
  trackingCode: string;
  status: Status;
  channel: string;
  subject: string;
  description: string;
  language: string;
  categoryId: string | null;
  /** The category's English name (docs/API.md). */
  categoryName?: string | null;
  customerId: string | null;
  /** Every field is null for roles that must not see personal data. */
  customer: { name: string | null; phone: string | null; email: string | null } | null;
  teamId: string | null;
  teamName?: string | null;
  assigneeId: string | null;
  /** The assignee's username. */
  assigneeName?: string | null;
  subjectStaffId: string | null;
  registeredById: string | null;
  escalationLevel: 'line1' | 'line2' | 'claim';
  claimReason: string | null;
  valueTier: number;
  responseRound: number;
  massIncidentId: string | null;
  cftReviewId: string | null;
  slaPolicyId: string | null;
  requestedRemedy: string | null;
  contactPreference: string | null;
  receivedAt: string;
  acknowledgedAt: string | null;
  slaStage: SlaStageName | 'done' | null;
  slaDueAt: string | null;
  sla: { stages: SlaStageClock[] } | null;
  proposal: Proposal | null;
  assessmentMessage: string | null;
  resolution: string | null;
  retentionOutcome: string | null;
  implementedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  availableActions: ActionName[];
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Only in the answer to the registration (POST): the PIN in clear, shown once. */
  pin?: string;
}

/** The SLA clock of the stage the complaint is in now, if any. */
export const currentSlaClock = (record: Pick<Complaint, 'sla' | 'slaStage'> | undefined): SlaStageClock | undefined => {
  const stages = record?.sla?.stages ?? [];
  if (record?.slaStage && record.slaStage !== 'done') {
    const current = stages.find((clock) => clock.stage === record.slaStage);
    if (current) return current;
  }
  // Otherwise the latest stage that is still running.
  return [...stages].reverse().find((clock) => clock.state !== 'met');
};

/** What the customer sees for each internal state (SPEC §4; the server's domain/lifecycle.ts). */
export const CUSTOMER_STATUS: Record<Status, 'received' | 'under_evaluation' | 'proposal' | 'resolved' | 'closed' | 'open'> = {
  received: 'received',
  in_assessment: 'received',
  rejected: 'closed',
  investigating: 'under_evaluation',
  response_proposed: 'under_evaluation',
  pending_approval: 'under_evaluation',
  awaiting_customer: 'proposal',
  implementing: 'under_evaluation',
  resolved: 'resolved',
  closed: 'closed',
  open_external: 'open',
};
