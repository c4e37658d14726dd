const messages = {
  name: 'Category |||| Categories',
  fields: {
    code: 'Code',
    scheme: 'Classification scheme',
    name: 'Name',
    description: 'Description',
    recourseText: 'External recourse text',
    area: 'Area',
    regulatorClass: 'Regulator class',
    claimMinValueTier: 'Claims from value tier',
    active: 'Active',
    locale: 'Language',
    parentId: 'Parent category',
    teamId: 'Handling team',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
  scheme: {
    general: 'General',
    regulator: 'Regulator',
    touchpoint: 'Touchpoint',
    product: 'Product',
  },
  area: {
    network: 'Network',
    billing: 'Billing',
    service: 'Service',
    sales: 'Sales and stores',
  },
  regulatorClass: {
    support: 'Support',
    financial: 'Financial',
    contract: 'Contract',
    service_quality: 'Service quality',
    service_not_provided: 'Service not provided',
  },
  helper: {
    regulator: 'The class of the regulator scheme this category is counted in; sub-categories inherit it when empty.',
    regulatorInherited: 'Inherited from the parent',
    code: 'Dot-separated path, unique in the tree (e.g. general.billing).',
    recourse: 'Told to the customer when they reject the final proposal; sub-categories inherit it when empty.',
    claim: 'Claims may be filed only for customers of this value tier or higher.',
    team: 'New complaints in this category go to this team.',
  },
};

export type Messages = typeof messages;

export default messages;
