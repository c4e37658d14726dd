import type { TeamLine } from '@contract';
import { useEffect, useMemo } from 'react';
import { SelectInput, required, useGetList, useGetMany, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { staffChoiceLabel, type StaffUser } from '../../common/staffChoice';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Complaint } from '../types';
import { ActionHint } from './ActionHint';

interface Team extends RaRecord<string> {
  name: string;
  line: TeamLine;
  memberIds: string[];
}

/**
 * Assignment follows the escalation line: a line-1 complaint goes to a member of a line-1 team,
 * otherwise line 2 (docs/API.md). The person the complaint is about is never offered (SPEC §9).
 */
export const AssignInputs = ({ record, selfId }: { record: Complaint; selfId?: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { setValue } = useFormContext();
  const line = record.escalationLevel === 'line1' ? 'line1' : 'line2';
  const teamId = useWatch({ name: 'teamId' }) as string | undefined;

  const { data: lineTeams = [], isPending: teamsPending } = useGetList<Team>('teams', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
    filter: { line },
  });
  // Assigning oneself: only one's own teams of the line.
  const teams = useMemo(() => (selfId ? lineTeams.filter((t) => t.memberIds.includes(selfId)) : lineTeams), [lineTeams, selfId]);
  const team = teams.find((candidate) => candidate.id === teamId);
  const teamNames = useMemo(() => new Map(teams.map((t) => [t.id, t.name])), [teams]);
  const { data: members = [], isPending: membersPending } = useGetMany<StaffUser>(
    'users',
    { ids: team?.memberIds ?? [] },
    { enabled: Boolean(team?.memberIds.length) }
  );

  // The complaint's current team may be of the other line (e.g. before an escalation was routed).
  useEffect(() => {
    if (!teamsPending && teamId && !teams.some((candidate) => candidate.id === teamId)) setValue('teamId', undefined);
  }, [teams, teamsPending, teamId, setValue]);

  const assigneeChoices = useMemo(
    () =>
      members
        // Only who can work it: the team's agents and specialists, not the person complained about.
        .filter((member) => member.id !== record.subjectStaffId && (member.role === 'agent' || member.role === 'specialist'))
        .filter((member) => !selfId || member.id === selfId)
        .sort((a, b) => (a.openComplaints ?? 0) - (b.openComplaints ?? 0))
        .map((member) => ({ id: member.id, name: staffChoiceLabel(member, teamNames, translate, locale) })),
    [members, record.subjectStaffId, selfId, teamNames, translate, locale]
  );

  return (
    <>
      {record.subjectStaffId && <ActionHint severity="warning">{translate('resources.complaints.actions.assign.objectivity')}</ActionHint>}
      <SelectInput
        source="teamId"
        label="resources.complaints.fields.teamId"
        choices={teams}
        optionText="name"
        isPending={teamsPending}
        validate={required()}
        onChange={() => !selfId && setValue('assigneeId', undefined)}
        helperText={translate(`resources.complaints.actions.assign.team_line.${line}`)}
        fullWidth
      />
      <SelectInput
        source="assigneeId"
        label="resources.complaints.fields.assigneeId"
        choices={assigneeChoices}
        translateChoice={false}
        isPending={Boolean(team) && membersPending}
        disabled={!team}
        validate={required()}
        fullWidth
      />
    </>
  );
};
