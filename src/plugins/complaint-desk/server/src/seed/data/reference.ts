/** Demo reference data that is not localized: calendars, SLA policy, teams, CAPA examples. */

export const CALENDARS = [
  {
    code: 'tehran',
    name: 'Tehran office (Sat–Wed, Friday off)',
    timezone: 'Asia/Tehran',
    workingDays: ['sat', 'sun', 'mon', 'tue', 'wed'],
    hours: [['08:00', '17:30']],
    halfDays: [],
    holidays: ['2027-03-21', '2027-03-22', '2027-03-23', '2027-03-24', '2027-04-01', '2027-04-02'],
    yearlyHolidays: ['03-21', '03-22', '03-23', '03-24', '04-01', '04-02'],
  },
  {
    code: 'moscow',
    name: 'Moscow office (Mon–Fri)',
    timezone: 'Europe/Moscow',
    workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    hours: [
      ['09:00', '13:00'],
      ['14:00', '18:00'],
    ],
    halfDays: [],
    holidays: ['2027-01-01', '2027-01-07', '2027-02-23', '2027-03-08', '2027-05-01', '2027-05-09', '2027-06-12', '2027-11-04'],
    yearlyHolidays: ['01-01', '01-07', '02-23', '03-08', '05-01', '05-09', '06-12', '11-04'],
  },
  {
    code: 'shanghai',
    name: 'Shanghai office (Mon–Fri)',
    timezone: 'Asia/Shanghai',
    workingDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    hours: [
      ['09:00', '12:00'],
      ['13:00', '18:00'],
    ],
    halfDays: [],
    holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-10-01', '2027-10-02', '2027-10-03'],
    yearlyHolidays: ['01-01', '10-01', '10-02', '10-03'],
  },
];

/** SPEC §5 defaults: acknowledgment immediate, then 2 / 4 / 1 working days. */
export const DEFAULT_SLA_POLICY = {
  code: 'default',
  name: 'Default (ISO 10002 procedure: 2 / 4 / 1 working days)',
  isDefault: true,
  priority: 0,
  calendarCode: 'tehran',
  acknowledgmentHours: 0,
  assessmentDays: 2,
  evaluationDays: 4,
  resolutionDays: 1,
  atRiskShare: 0.75,
  onAtRisk: ['notify_assignee'],
  onBreach: ['notify_team_lead', 'raise_escalation'],
};

export const TEAM_AREAS = [
  { code: 'network', name: 'Network', calendarCode: 'tehran' },
  { code: 'billing', name: 'Billing', calendarCode: 'moscow' },
  { code: 'service', name: 'Service', calendarCode: 'shanghai' },
  { code: 'sales', name: 'Sales & stores', calendarCode: 'tehran' },
] as const;

export const ROOT_CAUSES = [
  { code: 'man.training', title: 'Insufficient staff training', sixM: 'man', description: 'Staff did not know the procedure.' },
  { code: 'man.rudeness', title: 'Staff behaviour', sixM: 'man', description: 'Rude or careless behaviour towards the customer.' },
  { code: 'machine.bts-failure', title: 'Base station hardware failure', sixM: 'machine', description: 'Radio or power failure at a site.' },
  { code: 'machine.billing-bug', title: 'Billing system defect', sixM: 'machine', description: 'A defect in rating or invoicing software.' },
  { code: 'method.tariff-change', title: 'Tariff change not communicated', sixM: 'method', description: 'Customers were not told about a tariff change.' },
  { code: 'method.handover', title: 'Hand-over between lines lost information', sixM: 'method', description: 'Line 1 to line 2 hand-over dropped facts.' },
  { code: 'material.faulty-batch', title: 'Faulty device batch', sixM: 'material', description: 'A batch of devices with a manufacturing defect.' },
  { code: 'measurement.meter-error', title: 'Usage metering error', sixM: 'measurement', description: 'Usage counters over-count traffic.' },
  { code: 'environment.weather', title: 'Storm damage', sixM: 'environment', description: 'Weather damaged outdoor equipment.' },
  { code: 'environment.power-outage', title: 'Grid power outage', sixM: 'environment', description: 'Mains power outage longer than the backup.' },
];

export const MASS_INCIDENTS = [
  {
    key: 'outage-north',
    title: 'Mobile data outage, northern districts',
    description: 'Several base stations lost backhaul after a fibre cut.',
    handlingAlgorithm: 'Confirm the address is in the affected area, apologise, give the restoration estimate, link the complaint to this incident. Do not open a site visit.',
    status: 'open',
    area: 'network',
    region: 'North',
    startedAt: '2026-11-18T06:30:00.000Z',
    categoryCode: 'general.network-fault',
  },
  {
    key: 'double-billing',
    title: 'Double charge on October invoices',
    description: 'A billing run charged monthly fees twice for part of the customer base.',
    handlingAlgorithm: 'Check the October invoice for two identical fee lines; if present, promise the automatic refund and link the complaint.',
    status: 'resolved',
    area: 'billing',
    region: 'All',
    startedAt: '2026-11-02T09:00:00.000Z',
    endedAt: '2026-11-09T12:00:00.000Z',
    categoryCode: 'general.billing',
  },
];

export const CFT_REVIEWS = [
  {
    key: 'outage-review',
    title: 'Northern outage: why did backhaul have no redundancy?',
    status: 'in_progress',
    problemStatement: 'Mobile data lost in the northern districts for 9 hours after one fibre cut.',
    containment: 'Microwave backup links brought up on the two largest sites.',
    eightD: { D0: 'Emergency response plan triggered.', D1: 'Team: network, quality, customer care.', D2: 'See problem statement.', D3: 'Microwave backup.' },
    // The 5-why chain as the console edits it: each answer is asked "why?" in the next pair.
    fiveWhys: [
      { why: 'Why was mobile data down?', answer: 'The backhaul fibre was cut.' },
      { why: 'Why did one cut take the sites down?', answer: 'There was no second path.' },
      { why: 'Why was there no second path?', answer: 'The ring closure was postponed.' },
      { why: 'Why was the ring closure postponed?', answer: 'Its budget was reassigned.' },
    ],
    fishbone: { man: [], machine: ['single fibre path'], method: ['ring closure postponed'], material: [], measurement: ['no alarm on path loss'], environment: ['road works'] },
    fieldVisitPlan: 'Visit the cut location and the two hub sites with the regional engineer.',
    rootCauseCodes: ['machine.bts-failure', 'method.handover'],
    incidentKey: 'outage-north',
  },
  {
    key: 'billing-review',
    title: 'Double charge on October invoices',
    status: 'concluded',
    problemStatement: 'Monthly fees charged twice for 3% of customers.',
    containment: 'Invoices corrected before the payment due date.',
    eightD: { D0: 'Billing run halted.', D4: 'Duplicate rating job after a failover.', D8: 'Team thanked.' },
    fiveWhys: [
      { why: 'Why were fees charged twice?', answer: 'The rating job ran twice.' },
      { why: 'Why did the rating job run twice?', answer: 'The failover restarted it.' },
      { why: 'Why did a restart charge again?', answer: 'The job was not idempotent.' },
    ],
    fishbone: { man: [], machine: ['failover restarts jobs'], method: ['no idempotency key'], material: [], measurement: [], environment: [] },
    fieldVisitPlan: '',
    conclusion: 'Rating jobs now carry an idempotency key; failover is tested monthly.',
    rootCauseCodes: ['machine.billing-bug'],
    incidentKey: 'double-billing',
  },
];

export const CORRECTIVE_ACTIONS = [
  {
    title: 'Close the northern fibre ring',
    description: 'Build the second fibre path so one cut cannot isolate the northern sites.',
    kind: 'corrective',
    status: 'in_progress',
    dueAt: '2027-01-31',
    reviewKey: 'outage-review',
    rootCauseCode: 'machine.bts-failure',
  },
  {
    title: 'Path-loss alarm on backhaul',
    description: 'Alarm the NOC when a site loses its redundant path.',
    kind: 'preventive',
    status: 'planned',
    dueAt: '2026-12-15',
    reviewKey: 'outage-review',
    rootCauseCode: 'machine.bts-failure',
  },
  {
    title: 'Idempotent rating jobs',
    description: 'Give every rating job an idempotency key.',
    kind: 'corrective',
    status: 'effective',
    dueAt: '2026-11-20',
    implementedAt: '2026-08-20T10:00:00.000Z',
    effectivenessCheck: 'No duplicate fee lines in the November billing run.',
    effectivenessResult: 'effective',
    effectivenessEvaluatedAt: '2026-11-21T10:00:00.000Z',
    reviewKey: 'billing-review',
    rootCauseCode: 'machine.billing-bug',
  },
];
