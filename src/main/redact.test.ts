import { describe, expect, it } from 'vitest';
import { redact } from './redact';

describe('redact', () => {
  it.each([
    ['warning: x.csv, row 4, column "Email": "siti.rahma@example.com" does not look like an email address.', 'warning: x.csv, row 4, column "Email": "[email]" does not look like an email address.'],
    ['nomor +62 812-1111-0001 tidak valid', 'nomor [phone] tidak valid'],
    ['"0812 3456 7890" is not a phone number', '"[phone]" is not a phone number'],
    ['phone (021) 555-1234 and 6281211110001', 'phone [phone] and [phone]'],
    ['<ani@mail.co.id>; budi+kupu@gmail.com', '<[email]>; [email]'],
    ['nomor 081211110001 characters, +6281211110002 bytes, <=0812 1111 0003', 'nomor [phone] characters, [phone] bytes, <=[phone]'],
  ])('hides contact details: %s', (input, output) => expect(redact(input)).toBe(output));

  it.each([
    'x.csv, row 50000, column "Capacity": "7" is not a number of mentees from 0 to 50.',
    'This cohort is open in another Kupu window or command (pid 4194304). Close it first.',
    'submitted 2025-06-01 10.30.00, 01/06/2025',
    '/tmp/kupu-test-a1b2c3/cohort.kupu.sqlite.backups/2025-06-01T10-22-33-123Z-import-2.sqlite',
    'Imported 12345 rows in 1234 ms',
    'data: Too big: expected string to have <=70000000 characters',
    'limit >= 50000000, got 62914560 bytes',
    'a file of 52428800 bytes',
  ])('leaves everything else alone: %s', (text) => expect(redact(text)).toBe(text));
});
