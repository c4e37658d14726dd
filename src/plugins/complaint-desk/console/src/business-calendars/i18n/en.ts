const messages = {
  name: 'Business calendar |||| Business calendars',
  fields: {
    code: 'Code',
    name: 'Name',
    timezone: 'Time zone (IANA)',
    workingDays: 'Working days',
    hours: 'Daily working hours',
    halfDays: 'Half days',
    holidays: 'Holidays',
    yearlyHolidays: 'Yearly holidays (same date every year)',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
  spans: {
    start: 'From',
    end: 'Until',
    add: 'Add a time range',
    remove: 'Remove this time range',
    empty: 'No working hours',
    help: 'Split days are several ranges, e.g. 08:00–12:00 and 13:00–17:30.',
  },
  half_days: {
    help: 'A half day replaces the regular hours on one weekday every week, or on one date.',
    kind: 'Applies to',
    weekday: 'A weekday',
    date: 'A date',
    add: 'Add a half day',
    remove: 'Remove this half day',
    empty: 'No half days',
  },
  holidays: {
    date: 'Date',
    month: 'Month',
    day: 'Day',
    add: 'Add',
    empty: 'None',
    remove: 'Remove %{date}',
  },
  summary: {
    working_hours: '%{hours} working hours a day',
  },
  errors: {
    title: 'The server refused this calendar:',
  },
  preview: {
    title: 'SLA preview',
    help: 'Deadlines this calendar gives for a complaint received at the start time (saved calendar).',
    start: 'Start',
    days: 'Working days',
    hours: 'Working hours',
    duration: 'Duration %{n}',
    add: 'Add a duration',
    remove: 'Remove this duration',
    compute: 'Compute deadlines',
    due: 'Deadline',
    timezone_note: 'Times in the calendar time zone: %{timezone}',
  },
};

export type Messages = typeof messages;

export default messages;
