import { missingSecrets, secret, SECRET_NAMES } from '../../config/secrets';

describe('secrets', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('lists the missing ones', () => {
    const env = Object.fromEntries(SECRET_NAMES.map((n) => [n, 'x']));
    expect(missingSecrets(env)).toEqual([]);
    delete env.JWT_SECRET;
    env.APP_KEYS = ' ';
    expect(missingSecrets(env)).toEqual(['APP_KEYS', 'JWT_SECRET']);
  });

  it('refuses a missing secret in production and names it', () => {
    process.env.NODE_ENV = 'production';
    for (const n of SECRET_NAMES) process.env[n] = 'set';
    delete process.env.ADMIN_JWT_SECRET;
    expect(() => secret('ADMIN_JWT_SECRET')).toThrow(/Missing required environment variable: ADMIN_JWT_SECRET/);
    expect(secret('JWT_SECRET')).toBe('set');
  });

  it('generates stable development secrets', () => {
    process.env.NODE_ENV = 'development';
    for (const n of SECRET_NAMES) delete process.env[n];
    const a = secret('JWT_SECRET');
    expect(a.length).toBeGreaterThanOrEqual(32);
    expect(secret('JWT_SECRET')).toBe(a);
    expect(secret('APP_KEYS').split(',')).toHaveLength(4);
    process.env.JWT_SECRET = 'from-env';
    expect(secret('JWT_SECRET')).toBe('from-env');
  });
});
