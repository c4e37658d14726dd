import type { ActionName, Channel, ClaimReason, ContactPreference, EscalationLevel, Language, LinkedMassIncident, Proposal, SlaStage, SlaStageClock, Status } from '@contract';
import type { RaRecord } from 'react-admin';

/** The complaint record of the console API (SPEC §8 plus the fields docs/API.md lists). */
export interface Complaint extends RaRecord<string> {
  trackingCode: string;
  status: Status;
  channel: Channel;
  subject: string;
  description: string;
  language: Language;
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
  escalationLevel: EscalationLevel;
  claimReason: ClaimReason | null;
  valueTier: number;
  responseRound: number;
  massIncidentId: string | null;
  /** The linked incident with its handling algorithm. */
  massIncident?: LinkedMassIncident | null;
  cftReviewId: string | null;
  slaPolicyId: string | null;
  requestedRemedy: string | null;
  contactPreference: ContactPreference | null;
  receivedAt: string;
  acknowledgedAt: string | null;
  slaStage: SlaStage | 'done' | null;
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
