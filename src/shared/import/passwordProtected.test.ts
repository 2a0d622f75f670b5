import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheetFile } from './readWorkbook';
import { encryptedOfficeFile, encryptedOpenDocument } from './testWorkbooks';
import type { WorkbookReadResult } from './workbookTypes';

/**
 * fixtures/password-protected.ods was saved by LibreOffice 7.4 (Debian's libreoffice-calc-nogui)
 * from a three-column CSV, with the password "secret": a StarBasic macro, run headless, calls
 * storeToURL with FilterName "calc8" and Password "secret". Its parts are AES-256 encrypted after
 * deflating, and META-INF/manifest.xml describes each with <manifest:encryption-data>.
 */
const libreOfficeWithPassword = new Uint8Array(readFileSync(new URL('./fixtures/password-protected.ods', import.meta.url)));

function expectError(result: WorkbookReadResult) {
  if (result.ok) throw new Error('expected an import error, got a workbook');
  return { code: result.error.code, message: result.error.message };
}

const openDocumentSteps =
  'Open it in LibreOffice, save a copy without the password (File › Save As, untick “Save with password”), and import the copy.';

describe('password-protected files', () => {
  it('says an OpenDocument spreadsheet saved with a password by LibreOffice is password-protected', async () => {
    expect(expectError(await readSpreadsheetFile(libreOfficeWithPassword, 'budget.ods'))).toEqual({
      code: 'password-protected',
      message: `budget.ods is password-protected. ${openDocumentSteps}`,
    });
  });

  it('reads the manifest whatever the file is named, and before any damaged-looking part', async () => {
    expect(expectError(await readSpreadsheetFile(libreOfficeWithPassword, 'budget.xlsx')).code).toBe('password-protected');
    expect(expectError(await readSpreadsheetFile(encryptedOpenDocument(), 'deals.ods')).message).toBe(
      `deals.ods is password-protected. ${openDocumentSteps}`,
    );
  });

  it('says an encrypted Excel 2007+ file (an OLE container holding EncryptionInfo) is password-protected', async () => {
    expect(expectError(await readSpreadsheetFile(encryptedOfficeFile(), 'deals.xlsx'))).toEqual({
      code: 'password-protected',
      message:
        'deals.xlsx is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import again.',
    });
  });
});
