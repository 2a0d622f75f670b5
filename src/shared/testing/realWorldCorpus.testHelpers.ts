import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared fixtures sit beside the repository: <repo>/../shared/fixtures/real-world. */
export const realWorldFixturesFolder = fileURLToPath(new URL('../../../../shared/fixtures/real-world/', import.meta.url));
export const realWorldCorpusFolder = `${realWorldFixturesFolder}corpus/`;

/**
 * Whether the real-world spreadsheets are there to test against. Without them a developer's run skips
 * the tests that need them; under CI=true their absence fails the run, because a green CI run has to
 * mean the import was tried on every real file.
 */
export function realWorldCorpusPresent(
  folder = realWorldCorpusFolder,
  environment: Record<string, string | undefined> = process.env,
): boolean {
  if (existsSync(folder)) return true;
  if (environment['CI'] === 'true') {
    throw new Error(`The real-world corpus is missing at ${folder}; CI needs the shared fixtures beside the repository.`);
  }
  return false;
}
