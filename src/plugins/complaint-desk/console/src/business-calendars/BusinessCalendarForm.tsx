import { Alert, AlertTitle, Box } from '@mui/material';
import { useState } from 'react';
import { HttpError, required, SimpleForm, TextInput, useNotify, useTranslate } from 'react-admin';
import {
  HalfDaysInput,
  HolidaysInput,
  SpansInput,
  TimezoneInput,
  WorkingDaysInput,
  YearlyHolidaysInput,
} from './CalendarInputs';

export interface FieldIssue {
  path: string;
  message: string;
}

/** `details.errors[]` of a 400 (paths such as `hours` or `halfDays[0].hours`). */
export const issuesOf = (error: unknown): FieldIssue[] => {
  if (!(error instanceof HttpError)) return [];
  const details = (error.body as { error?: { details?: { errors?: unknown } } } | undefined)?.error?.details;
  const errors = Array.isArray(details?.errors) ? (details.errors as Array<{ path?: unknown; message?: unknown }>) : [];
  return errors.map((e) => ({
    path: Array.isArray(e.path) ? e.path.join('.') : typeof e.path === 'string' ? e.path : '',
    message: typeof e.message === 'string' ? e.message : '',
  }));
};

/** Save errors of a calendar: a toast with the server's message, and the field issues in the form. */
export const useCalendarSaveErrors = () => {
  const notify = useNotify();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const onError = (error: unknown) => {
    setIssues(issuesOf(error));
    notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
  };
  return { issues, onError, clear: () => setIssues([]) };
};

export const ServerIssues = ({ issues }: { issues: FieldIssue[] }) => {
  const translate = useTranslate();
  if (issues.length === 0) return null;
  return (
    <Alert severity="error" sx={{ mb: 2, width: '100%' }} data-testid="calendar-server-issues">
      <AlertTitle>{translate('resources.business-calendars.errors.title')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, ps: 2 }}>
        {issues.map((issue, i) => (
          <li key={i}>
            <code>{issue.path}</code>
            {issue.path && ': '}
            {issue.message}
          </li>
        ))}
      </Box>
    </Alert>
  );
};

export const calendarDefaults = {
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  hours: [
    ['09:00', '13:00'],
    ['14:00', '18:00'],
  ],
  halfDays: [],
  holidays: [],
  yearlyHolidays: [],
};

/** `defaults` only on create: on edit, react-admin would merge default arrays into the record's. */
export const BusinessCalendarForm = ({ issues, defaults }: { issues: FieldIssue[]; defaults?: object }) => (
  <SimpleForm defaultValues={defaults} warnWhenUnsavedChanges>
    <ServerIssues issues={issues} />
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} sx={{ minWidth: 360 }} />
    </Box>
    <TimezoneInput source="timezone" validate={required()} />
    <WorkingDaysInput source="workingDays" validate={required()} />
    <SpansInput source="hours" validate={required()} />
    <HalfDaysInput source="halfDays" />
    <HolidaysInput source="holidays" />
    <YearlyHolidaysInput source="yearlyHolidays" />
  </SimpleForm>
);
