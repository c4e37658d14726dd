import { messageIdFor, trackingCodesInReferences } from '../../src/plugins/complaint-desk/server/src/domain/message-id';
import { generateTrackingCode, formatTrackingCode } from '../../src/plugins/complaint-desk/server/src/domain/tracking-code';

describe('message ids', () => {
  const a = generateTrackingCode();
  const b = generateTrackingCode();

  it('round-trips the tracking code through the header, dashes or not', () => {
    expect(trackingCodesInReferences(messageIdFor(a, 'n1', 'desk.example'))).toEqual([a]);
    expect(trackingCodesInReferences(messageIdFor(formatTrackingCode(a), 'n1', 'desk.example'))).toEqual([a]);
  });

  it.each([
    ['no header', undefined, []],
    ['a foreign message id', '<CAF=abc@mail.gmail.com>', []],
    ['a broken check symbol', '<cd.ABCDEFGHJKMN.n1@desk.example>', []],
  ])('finds nothing in %s', (_name, header, expected) => {
    expect(trackingCodesInReferences(header)).toEqual(expected);
  });

  it('lists the newest reference first, each code once', () => {
    const refs = [messageIdFor(b, 'n1', 'd'), '<x@y>', messageIdFor(a, 'n2', 'd'), messageIdFor(b, 'n3', 'd'), messageIdFor(a, 'n4', 'd')].join(' ');
    expect(trackingCodesInReferences(refs)).toEqual([a, b]);
  });
});
