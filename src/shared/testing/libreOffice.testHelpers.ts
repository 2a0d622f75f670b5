import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const sofficePath = '/usr/bin/soffice';

/**
 * Whether LibreOffice is there to re-save files with. A developer's run without it skips the tests
 * that need it; under CI=true its absence fails the run, as for the real-world corpus.
 */
export function libreOfficePresent(environment: Record<string, string | undefined> = process.env): boolean {
  if (existsSync(sofficePath)) return true;
  if (environment['CI'] === 'true')
    throw new Error(`LibreOffice is missing at ${sofficePath}; CI needs it to re-save test files.`);
  return false;
}

/**
 * The file as LibreOffice saves it again in `format` ("xlsx", "ods", "pdf"), headless, with a
 * profile of its own so runs beside each other (or beside an open LibreOffice) do not collide.
 * `inputFilter` is LibreOffice's --infilter, for reading the file as a dialog would (a CSV's separators).
 */
export function resaveWithLibreOffice(bytes: Uint8Array, fileName: string, format: string, inputFilter?: string): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'silk-soffice-'));
  try {
    const input = join(folder, fileName);
    writeFileSync(input, bytes);
    const profile = pathToFileURL(join(folder, 'profile')).href;
    const output = join(folder, 'out');
    execFileSync(
      sofficePath,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        ...(inputFilter ? [`--infilter=${inputFilter}`] : []),
        '--convert-to',
        format,
        '--outdir',
        output,
        input,
      ],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    return readFileSync(join(output, fileName.replace(/\.[^.]+$/, `.${format}`)));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
