import { describe, expect, it, vi } from 'vitest';
import { maxImportFileBytes } from '../../../shared/limits';
import { KupuError } from '../api';
import { fileToBase64 } from './CopyText';

// A chosen file is sent as base64; one over the importer's limit is refused by its size, before the page
// reads it (a 600 MB file read whole would take the page's memory with it), naming the file and the limit.

describe('fileToBase64', () => {
  it('refuses a file over the limit without reading it', async () => {
    const arrayBuffer = vi.fn();
    const big = { name: 'pendaftaran.csv', size: maxImportFileBytes + 1, arrayBuffer } as unknown as File;
    const refusal = await fileToBase64(big).then(() => null, (error: unknown) => error);
    expect(refusal).toBeInstanceOf(KupuError);
    expect((refusal as KupuError).shape.details).toEqual([
      expect.objectContaining({ file: 'pendaftaran.csv', row: null, column: null, key: 'file.tooBig', params: { limitMb: 50 } }),
    ]);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('reads a file within the limit', async () => {
    expect(await fileToBase64(new File(['Nama,Email\n'], 'ok.csv'))).toBe(btoa('Nama,Email\n'));
  });
});
