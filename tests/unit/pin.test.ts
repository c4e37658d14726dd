import { generatePin, hashPin, normalisePin, verifyPin, PIN_LENGTH } from '../../src/plugins/complaint-desk/server/src/domain/pin';

describe('PIN', () => {
  it('is six random digits', () => {
    const pins = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const pin = generatePin();
      expect(pin).toMatch(/^[0-9]{6}$/);
      pins.add(pin);
    }
    expect(PIN_LENGTH).toBe(6);
    expect(pins.size).toBeGreaterThan(190);
  });

  it('is stored only as a salted scrypt hash and verifies', async () => {
    const pin = '048213';
    const a = await hashPin(pin);
    const b = await hashPin(pin);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toContain(pin);
    expect(a).not.toBe(b); // salted
    await expect(verifyPin(pin, a)).resolves.toBe(true);
    await expect(verifyPin('048214', a)).resolves.toBe(false);
    await expect(verifyPin('', a)).resolves.toBe(false);
    await expect(verifyPin(12345, a)).resolves.toBe(false);
    await expect(verifyPin(pin, 'not-a-hash')).resolves.toBe(false);
  });

  it('accepts Persian and Arabic-Indic digits', async () => {
    const stored = await hashPin('123456');
    expect(normalisePin('۱۲۳۴۵۶')).toBe('123456');
    await expect(verifyPin('۱۲۳۴۵۶', stored)).resolves.toBe(true);
    await expect(verifyPin('١٢٣٤٥٦', stored)).resolves.toBe(true);
    expect(normalisePin('12345')).toBeNull();
    expect(normalisePin('12a456')).toBeNull();
  });
});
