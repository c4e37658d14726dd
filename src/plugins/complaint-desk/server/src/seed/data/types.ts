export type Locale = 'en' | 'fa' | 'ru' | 'zh';
export const LOCALES: readonly Locale[] = ['en', 'fa', 'ru', 'zh'];
export type Localized = Record<Locale, string>;
export type ChannelCode =
  | 'phone'
  | 'sms'
  | 'email'
  | 'letter'
  | 'fax'
  | 'in_person'
  | 'web_form'
  | 'portal'
  | 'mobile_app'
  | 'social'
  | 'dealer';

export interface CategorySeed {
  code: string; // unique, kebab-case, e.g. 'general', 'general.network-fault'
  scheme: 'general' | 'regulator' | 'touchpoint' | 'product';
  name: Localized;
  description: Localized;
  recourseText?: Localized; // only on roots: the external recourse the customer is told about when the second proposal is rejected (regulator / courts)
  area: 'network' | 'billing' | 'service' | 'sales'; // which line-1/line-2 team area handles it
  claimMinValueTier?: number; // e.g. 3 where formal claims are only filed for value tiers 3–4
  children?: CategorySeed[];
}

export interface ChannelSeed {
  code: ChannelCode;
  name: Localized;
  description: Localized; // what the customer should know, plain words
  contact: Localized; // address / number / URL as published
  answeringDays: 'working_days' | 'every_day';
  hours: [string, string][]; // e.g. [['08:00', '17:30']] or [['00:00', '24:00']] for always
  sortOrder: number;
}

export interface ResponseTemplateSeed {
  code: string;
  purpose:
    | 'acknowledgment'
    | 'assessment_accept'
    | 'assessment_reject'
    | 'proposal'
    | 'resolution'
    | 'external_recourse'
    | 'survey'
    | 'bulk_message'
    | 'escalation';
  channel: 'email' | 'sms';
  name: Localized;
  subject: Localized; // for sms same short text as name is fine
  body: Localized; // placeholders in double braces: {{trackingCode}}, {{pin}}, {{customerName}}, {{dueDate}}, {{proposal}}, {{portalUrl}}, {{recourse}}, {{message}}
}
