const messages = {
  name: 'CFT review |||| CFT reviews',
  fields: {
    title: 'Title',
    status: 'Status',
    leaderId: 'Leader',
    memberIds: 'Members',
    problemStatement: 'Problem statement',
    containment: 'Containment',
    rootCauseIds: 'Root causes',
    massIncidentId: 'Mass incident',
    conclusion: 'Conclusion',
    concludedAt: 'Concluded',
    fieldVisitPlan: 'Field visit plan',
    fieldVisitAt: 'Field visit date',
    updatedAt: 'Updated',
  },
  statuses: {
    planned: 'Planned',
    in_progress: 'In progress',
    concluded: 'Concluded',
    cancelled: 'Cancelled',
  },
  tabs: {
    general: 'General',
    eightD: '8D',
    fiveWhys: '5 Whys',
    fishbone: 'Fishbone (6M)',
    fieldVisit: 'Field visit',
  },
  eightD: {
    D0: 'Plan',
    D1: 'Team',
    D2: 'Problem description',
    D3: 'Containment',
    D4: 'Root cause',
    D5: 'Corrective actions chosen',
    D6: 'Implementation and validation',
    D7: 'Prevention',
    D8: 'Recognition',
  },
  fiveWhys: {
    why: 'Why?',
    answer: 'Because…',
    question: 'Why: %{text}?',
  },
  fishbone: {
    cause: 'Cause',
    effect: 'Effect (problem)',
  },
  hints: {
    eightD: 'The eight disciplines of the review; fill the sections as the work goes on.',
    fiveWhys: 'Ask "why?" and record the answer; each answer is the next question, until the root cause.',
    fishbone: 'Possible causes grouped by the six M.',
  },
  correctiveActions: 'Corrective actions',
  empty: 'Not filled in yet',
};

export type Messages = typeof messages;

export default messages;
