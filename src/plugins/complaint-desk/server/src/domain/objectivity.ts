/**
 * Who may change who a complaint is about (SPEC §9 objectivity). A complaint naming a staff member
 * (`subjectStaffId`) keeps that person from approving, deciding or being assigned it; the rule is
 * worthless if the named person, or anyone once the handling has started, can take the name off.
 *
 * - The named person never changes the field (403): they could otherwise lift their own bar.
 * - Once the complaint is assigned or has a pending approval, nobody changes it (409): the people
 *   and the decisions already chosen were chosen under the current name. "Assigned" counts from the
 *   first assignment on: a complaint past `received` keeps it fixed even when escalation has
 *   cleared its assignee.
 * - An unchanged value is no change (react-admin sends the whole record on PUT).
 * Framework-free.
 */

export interface SubjectStaffState {
  status: string;
  subjectStaffId: string | null;
  assigneeId: string | null;
  pendingApprovals: readonly unknown[];
}

export type SubjectStaffRefusal = { kind: 'forbidden' | 'conflict'; message: string } | null;

export function subjectStaffChangeRefusal(s: SubjectStaffState, actorId: string | null, next: string | null): SubjectStaffRefusal {
  if ((next ?? null) === (s.subjectStaffId ?? null)) return null;
  if (actorId && s.subjectStaffId === actorId) {
    return { kind: 'forbidden', message: 'This complaint is about you: you may not change who it is about (objectivity).' };
  }
  if (s.status !== 'received' || s.assigneeId || s.pendingApprovals.length > 0) {
    return {
      kind: 'conflict',
      message: 'Who the complaint is about is fixed once it is assigned or has a pending approval (objectivity).',
    };
  }
  return null;
}
