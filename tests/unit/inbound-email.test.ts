import {
  attachmentRefusal,
  complaintFields,
  guessLanguage,
  intakeAddressFor,
  loopReason,
  messageKey,
  parseIntakeAddresses,
  senderName,
  textOfHtml,
  threadCandidates,
  threadDecision,
  trackingCodesInText,
  withoutQuote,
  type LoopSignals,
} from '../../src/plugins/complaint-desk/server/src/domain/inbound-email';
import { messageIdFor } from '../../src/plugins/complaint-desk/server/src/domain/message-id';
import { formatTrackingCode, generateTrackingCode } from '../../src/plugins/complaint-desk/server/src/domain/tracking-code';

const A = generateTrackingCode();
const B = generateTrackingCode();
const intake = parseIntakeAddresses('Complaints@Desk.test, shekayat@desk.test=fa');

describe('INTAKE_ADDRESSES', () => {
  it.each([
    ['complaints@desk.test', [{ address: 'complaints@desk.test', language: 'en' }]],
    ['A@x.test=ru; b@x.test', [{ address: 'a@x.test', language: 'ru' }, { address: 'b@x.test', language: 'en' }]],
    ['a@x.test a@x.test=zh', [{ address: 'a@x.test', language: 'en' }]],
    ['', []],
  ])('%j', (value, expected) => {
    expect(parseIntakeAddresses(value)).toEqual(expected);
  });

  it.each(['not-an-address', 'a@x.test=de', '@x.test'])('refuses %j', (value) => {
    expect(() => parseIntakeAddresses(value)).toThrow(/INTAKE_ADDRESSES/);
  });

  it('recipients match without case', () => {
    expect(intakeAddressFor(intake, 'SHEKAYAT@desk.test')).toEqual({ address: 'shekayat@desk.test', language: 'fa' });
    expect(intakeAddressFor(intake, 'other@desk.test')).toBeNull();
  });
});

describe('loop and bounce detection', () => {
  const person: LoopSignals = { envelopeFrom: 'maryam@example.test', from: 'maryam@example.test' };
  it.each<[string, Partial<LoopSignals>, string | null]>([
    ['a person', {}, null],
    ['Auto-Submitted: no', { autoSubmitted: 'no' }, null],
    ['Auto-Submitted: auto-replied', { autoSubmitted: 'auto-replied' }, 'Auto-Submitted: auto-replied'],
    ['Auto-Submitted: auto-generated; with params', { autoSubmitted: 'Auto-Generated; owner-email="x"' }, 'Auto-Submitted: auto-generated'],
    ['Precedence: bulk', { precedence: 'bulk' }, 'Precedence: bulk'],
    ['Precedence: junk', { precedence: 'Junk' }, 'Precedence: junk'],
    ['Precedence: list', { precedence: 'list' }, 'Precedence: list'],
    ['Precedence: first-class', { precedence: 'first-class' }, null],
    ['X-Autoreply', { xAutoreply: 'yes' }, 'auto-reply header'],
    ['null sender', { envelopeFrom: '' }, 'null sender (a bounce)'],
    ['mailer-daemon From', { from: 'MAILER-DAEMON@mx.example.test' }, 'sender mailer-daemon'],
    ['postmaster envelope', { envelopeFrom: 'postmaster@mx.example.test' }, 'sender postmaster'],
    ['delivery report', { contentType: 'multipart/report; report-type=delivery-status' }, 'delivery or read report'],
    ['our own intake address', { from: 'complaints@desk.test' }, 'sent by an intake address'],
    ['no sender at all', { envelopeFrom: null, from: null }, 'no sender'],
  ])('%s', (_name, signals, expected) => {
    expect(loopReason({ ...person, ...signals }, intake)).toBe(expected);
  });
});

describe('threading', () => {
  it('finds codes in our Message-IDs (In-Reply-To first, then References newest first) and then the subject', () => {
    const c = threadCandidates({
      inReplyTo: messageIdFor(A, 'n1', 'desk.test'),
      references: ['<x@elsewhere>', messageIdFor(B, 'n0', 'desk.test')],
      subject: `Re: your complaint ${formatTrackingCode(A)}`,
    });
    expect(c).toEqual([
      { trackingCode: A, via: 'header' },
      { trackingCode: B, via: 'header' },
    ]);
    expect(threadCandidates({ subject: `Re: [${formatTrackingCode(B)}] still broken` })).toEqual([{ trackingCode: B, via: 'subject' }]);
    expect(threadCandidates({ subject: 'Re: hello', references: '<abc@elsewhere>' })).toEqual([]);
  });

  it('a word before a dashed code never joins it, whatever the code', () => {
    for (let i = 0; i < 500; i++) {
      const code = generateTrackingCode();
      expect(trackingCodesInText(`code ${formatTrackingCode(code)} please`)).toEqual([code]);
    }
  });

  it('codes in text: grouped, together, in Persian digits; a wrong check symbol is no code', () => {
    const persian = formatTrackingCode(A).replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
    expect(trackingCodesInText(`code ${persian} please`)).toEqual([A]);
    expect(trackingCodesInText(`code ${A.toLowerCase()}`)).toEqual([A]);
    const wrong = A.slice(0, 11) + (A[11] === '0' ? '1' : '0');
    expect(trackingCodesInText(`code ${wrong}`)).toEqual([]);
    expect(trackingCodesInText(`x${A}x`)).toEqual([]);
  });

  const targets = [
    { trackingCode: A, documentId: 'doc-a', customerEmail: 'maryam@example.test' },
    { trackingCode: B, documentId: 'doc-b', customerEmail: null },
  ];
  it.each<[string, Parameters<typeof threadDecision>[0], string | null, ReturnType<typeof threadDecision>]>([
    ['header, same sender', [{ trackingCode: A, via: 'header' }], 'Maryam@Example.test', { kind: 'reply', documentId: 'doc-a', trackingCode: A, via: 'header' }],
    ['subject, same sender', [{ trackingCode: A, via: 'subject' }], 'maryam@example.test', { kind: 'reply', documentId: 'doc-a', trackingCode: A, via: 'subject' }],
    ['another sender', [{ trackingCode: A, via: 'header' }], 'someone@example.test', { kind: 'new', reason: 'sender differs' }],
    ['customer without email (erased)', [{ trackingCode: B, via: 'header' }], 'maryam@example.test', { kind: 'new', reason: 'sender differs' }],
    ['unknown code', [{ trackingCode: generateTrackingCode(), via: 'subject' }], 'maryam@example.test', { kind: 'new', reason: 'unknown tracking code' }],
    ['no code', [], 'maryam@example.test', { kind: 'new', reason: 'no tracking code' }],
    ['second candidate matches', [{ trackingCode: B, via: 'header' }, { trackingCode: A, via: 'subject' }], 'maryam@example.test', { kind: 'reply', documentId: 'doc-a', trackingCode: A, via: 'subject' }],
  ])('%s', (_name, candidates, sender, expected) => {
    expect(threadDecision(candidates, targets, sender)).toEqual(expected);
  });
});

describe('complaint fields', () => {
  it.each<[string, Parameters<typeof complaintFields>[0], 'en' | 'fa', ReturnType<typeof complaintFields>]>([
    ['plain', { subject: 'No signal', text: 'Since Monday.\n' }, 'en', { subject: 'No signal', description: 'Since Monday.', language: 'en' }],
    ['reply prefixes dropped', { subject: 'Re: Fwd: RE: No signal', text: 'x' }, 'en', { subject: 'No signal', description: 'x', language: 'en' }],
    ['no subject: the first line', { subject: '', text: '\n\nMy bill is wrong\nDetails' }, 'en', { subject: 'My bill is wrong', description: 'My bill is wrong\nDetails', language: 'en' }],
    ['HTML only', { subject: 'Bill', html: '<p>Hello&nbsp;<b>desk</b></p><p>Line&#8203;2 &amp; more</p>' }, 'en', { subject: 'Bill', description: 'Hello desk\nLine\u200b2 & more', language: 'en' }],
    ['Persian text', { subject: 'قطعی اینترنت', text: 'از دیروز اینترنت قطع است' }, 'en', { subject: 'قطعی اینترنت', description: 'از دیروز اینترنت قطع است', language: 'fa' }],
    ['Russian text', { subject: 'Нет связи', text: 'Связи нет с утра' }, 'fa', { subject: 'Нет связи', description: 'Связи нет с утра', language: 'ru' }],
    ['Chinese text', { subject: '网络中断', text: '从昨天开始没有网络' }, 'en', { subject: '网络中断', description: '从昨天开始没有网络', language: 'zh' }],
    ['Latin text: the address language', { subject: 'Salam', text: 'internet ghat ast' }, 'fa', { subject: 'Salam', description: 'internet ghat ast', language: 'fa' }],
    ['empty mail', { subject: null, text: null }, 'en', { subject: '(no subject)', description: '(empty message)', language: 'en' }],
  ])('%s', (_name, mail, lang, expected) => {
    expect(complaintFields(mail, lang)).toEqual(expected);
  });

  it('cuts the subject to 200 and the description to 20,000 characters, counting code points', () => {
    const f = complaintFields({ subject: '😀'.repeat(300), text: 'ж'.repeat(25000) }, 'en');
    expect([...f.subject]).toHaveLength(200);
    expect(f.subject.endsWith('…')).toBe(true);
    expect([...f.description]).toHaveLength(20000);
  });

  it('HTML: scripts, styles and comments go, entities decode', () => {
    expect(textOfHtml('<style>p{}</style><script>alert(1)</script><!-- c --><div>a&lt;b&gt;&quot;c&#x41;</div>')).toBe('a<b>"cA');
  });

  it('quoted replies are cut', () => {
    expect(withoutQuote('Still broken.\n\nOn Mon, Desk wrote:\n> Your complaint\n> was received\n')).toBe('Still broken.');
    expect(withoutQuote('> only a quote')).toBe('> only a quote');
    expect(withoutQuote('No quote here')).toBe('No quote here');
  });

  it.each([
    ['hello world', null],
    ['سلام دنیا', 'fa'],
    ['Привет, мир', 'ru'],
    ['你好世界', 'zh'],
    ['Ticket ABCD: Привет', 'ru'],
  ])('language of %j', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });

  it('sender name: display name, else the local part', () => {
    expect(senderName('  Maryam   Ahmadi ', 'm@x.test')).toBe('Maryam Ahmadi');
    expect(senderName('', 'maryam.a@x.test')).toBe('maryam.a');
  });
});

describe('attachments', () => {
  const rules = { types: ['image/*', 'application/pdf'], maxBytes: 1000, maxCount: 2 };
  it.each<[string, { contentType: string; size: number }, number, string | null]>([
    ['a jpeg', { contentType: 'image/jpeg', size: 10 }, 0, null],
    ['a pdf with parameters', { contentType: 'Application/PDF; name=x.pdf', size: 1000 }, 1, null],
    ['an executable', { contentType: 'application/x-msdownload', size: 10 }, 0, 'type application/x-msdownload not accepted'],
    ['too large', { contentType: 'image/png', size: 1001 }, 0, 'larger than 1000 bytes'],
    ['one too many', { contentType: 'image/png', size: 1 }, 2, 'more than 2 attachments'],
  ])('%s', (_name, a, index, expected) => {
    expect(attachmentRefusal(a, index, rules)).toBe(expected);
  });
});

it('message keys: a hash per channel and id, without the id in clear', () => {
  const k = messageKey('email', ' <abc@mail.example.test> ');
  expect(k).toMatch(/^[0-9a-f]{64}$/);
  expect(k).toBe(messageKey('email', '<abc@mail.example.test>'));
  expect(k).not.toBe(messageKey('sms', '<abc@mail.example.test>'));
});
