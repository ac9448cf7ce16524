import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../shared/i18n';
import { normalizePhone } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['(0812) 3456 7890', '+6281234567890'],
    ['81234567890', '+6281234567890'], // a number cell that lost its leading 0
    ['+6281234567890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['+62 (0) 812 3456 7890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['620812345678', '+62812345678'],
    ['0062 812 3456 7890', '+6281234567890'],
    ["'081234567890", '+6281234567890'], // Excel's text prefix
    ['  0812 3456 789  ', '+628123456789'],
    ['021-5551234', '+62215551234'], // Jakarta landline
    ['(0274) 512345', '+62274512345'],
    ['+65 9123 4567', '+6591234567'], // foreign numbers with + are kept
    ['+1 (415) 555-0132', '+14155550132'],
    ['0044 20 7946 0958', '+442079460958'],
    ['tel:+62812-3456-7890', '+6281234567890'],
    ['', ''],
    ['-', ''],
    ['Tidak ada', ''],
  ])('%j -> %j', (raw, e164) => {
    expect(normalizePhone(raw)).toMatchObject({ ok: true, e164 });
  });

  it('keeps the first of several numbers and says so', () => {
    expect(normalizePhone('0812-3456-7890 / 0813 1111 2222')).toEqual({
      ok: true,
      e164: '+6281234567890',
      note: expect.anything(),
    });
    const several = normalizePhone('0812-3456-7890 / 0813 1111 2222');
    expect(several.ok && several.note ? renderMessage('en', several.note) : '').toContain('first');
    expect(normalizePhone('0812-3456-7890 atau 0812 3456 7890')).toEqual({ ok: true, e164: '+6281234567890' });
  });

  it.each(['abc', 'nomor saya 0812', '12345', '0812', '08123456789012345', '+0812345678', '5551234', 'WA only', '++62', '+62 12'])(
    'refuses %j with a message',
    (raw) => {
      const result = normalizePhone(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(renderMessage('en', result.problem)).toMatch(/phone number/);
    },
  );
});
