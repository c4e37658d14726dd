/**
 * The customer's notification channel, table-driven.
 */
import { customerNotices, notifyChannel } from '../../src/plugins/complaint-desk/server/src/domain/notify-channel';

const both = { name: 'Ana', phone: '+100', email: 'ana@x.test' };

describe('notifyChannel', () => {
  it.each([
    // complaint preference, customer, wanted → channel:recipient
    [null, { ...both, contactPreference: null }, undefined, 'sms:+100'],
    [null, { ...both, contactPreference: 'email' }, undefined, 'email:ana@x.test'],
    ['letter', both, undefined, 'email:ana@x.test'],
    ['phone', { ...both, contactPreference: 'email' }, undefined, 'sms:+100'],
    ['sms', both, undefined, 'sms:+100'],
    ['email', { name: 'B', phone: '+1', email: null }, undefined, 'sms:+1'],
    [null, { name: 'C', phone: null, email: 'c@x.test' }, undefined, 'email:c@x.test'],
    [null, { name: 'D', phone: null, email: null }, undefined, null],
    [null, null, undefined, null],
    ['phone', both, 'email', 'email:ana@x.test'],
    ['email', both, 'sms', 'sms:+100'],
    [null, { name: 'E', phone: null, email: 'e@x.test' }, 'sms', null],
    [null, { name: 'F', phone: '+2', email: null }, 'email', null],
  ] as const)('preference %p, customer %p, wanted %p → %p', (pref, customer, wanted, expected) => {
    const to = notifyChannel(pref, customer, wanted);
    expect(to ? `${to.channel}:${to.recipient}` : null).toBe(expected);
  });
});

describe('customerNotices', () => {
  it('one notice per purpose, template by channel, the complaint’s language, dedupe by purpose', () => {
    const notices = customerNotices({ contactPreference: 'email', language: 'fa', trackingCode: 'CD-9', customer: both }, [{ purpose: 'resolution', data: { message: 'Fixed' } }, { purpose: 'survey' }]);
    expect(notices).toEqual([
      { channel: 'email', recipient: 'ana@x.test', template: 'resolution.email', locale: 'fa', payload: { trackingCode: 'CD-9', customerName: 'Ana', message: 'Fixed' }, dedupe: 'resolution' },
      { channel: 'email', recipient: 'ana@x.test', template: 'survey.email', locale: 'fa', payload: { trackingCode: 'CD-9', customerName: 'Ana' }, dedupe: 'survey' },
    ]);
  });

  it('none without an address, English without a language', () => {
    expect(customerNotices({ trackingCode: 'x', customer: { name: 'n' } }, [{ purpose: 'survey' }])).toEqual([]);
    expect(customerNotices({ trackingCode: 'x', customer: { name: 'n', phone: '+3' } }, [{ purpose: 'survey' }])[0]).toMatchObject({ locale: 'en', template: 'survey.sms' });
  });
});
