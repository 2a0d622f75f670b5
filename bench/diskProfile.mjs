import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { installBenchProbe } from './inPage.mjs';

/**
 * The bench's browsers, each on a profile folder of its own on disk. A context from
 * `browser.newContext()` is off the record: Chromium keeps its IndexedDB in memory, so a store
 * measured there never touches the disk. A persistent context writes the store into its profile
 * folder, as the desktop app writes into its user-data folder and a browser into its profile.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const openContexts = new Set();
const profileFolders = new Set();

/** A new, empty profile folder in the temp folder; `removeProfiles` deletes it. */
export function newProfileFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'silk-ledger-bench-profile-'));
  profileFolders.add(folder);
  return folder;
}

/**
 * Launches Chromium on `folder` (a persistent context: the store on disk) with the bench's probe
 * in every page, and returns the context with the page it opens on.
 */
export async function launchOnProfile(folder) {
  const context = await chromium.launchPersistentContext(folder, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    // Lets the baselines put SheetJS and Dexie into the app's page; the app's own code is unchanged.
    bypassCSP: true,
  });
  openContexts.add(context);
  context.once('close', () => openContexts.delete(context));
  await context.addInitScript(installBenchProbe);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** The page open last in any of the bench's browsers, for a screenshot when a step fails. */
export const lastOpenPage = () => [...openContexts].flatMap((context) => context.pages()).at(-1);

/** Closes every browser the bench launched and deletes every profile folder it made. */
export async function removeProfiles() {
  await Promise.all([...openContexts].map((context) => context.close().catch(() => {})));
  for (const folder of profileFolders) removeProfile(folder);
}

/** Deletes one profile folder; its browser must be closed. */
export function removeProfile(folder) {
  rmSync(folder, { recursive: true, force: true });
  profileFolders.delete(folder);
}

/**
 * The space `path` takes on disk (allocated blocks, as `du` counts them), files below it
 * included. Files the browser removes while they are counted are skipped.
 */
export function bytesOnDisk(path) {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.isFile() ? stat.blocks * 512 : 0;
  let names;
  try {
    names = readdirSync(path);
  } catch {
    names = [];
  }
  return names.map((name) => bytesOnDisk(join(path, name))).reduce((sum, bytes) => sum + bytes, stat.blocks * 512);
}

/**
 * The space the profile's IndexedDB takes on disk: the app's store, and what is left of the
 * baseline's deleted database until Chromium compacts it away.
 */
export const indexedDbBytesOnDisk = (folder) => bytesOnDisk(join(folder, 'Default', 'IndexedDB'));

/** The origin's IndexedDB usage as the browser accounts for it (StorageManager.estimate). */
export function reportedIndexedDbBytes(page) {
  return page.evaluate(async () => {
    const estimate = await navigator.storage.estimate();
    return estimate.usageDetails?.indexedDB ?? estimate.usage;
  });
}
