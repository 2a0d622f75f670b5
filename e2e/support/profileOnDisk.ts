import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './chromium';

/**
 * Chromium on a profile folder of its own, so the store is on disk as in the desktop app. The
 * context a test gets by default is off the record: Chromium keeps its IndexedDB in memory, and a
 * relaunch would find nothing. The folder is made fresh for each test and removed afterwards.
 */
export class ProfileOnDisk {
  readonly folder = mkdtempSync(join(tmpdir(), 'silk-ledger-e2e-profile-'));
  private context: BrowserContext | null = null;

  constructor(private readonly baseURL: string) {}

  /** Launches the browser on the profile (again, after a crash) and returns its first page. */
  async launch(): Promise<Page> {
    this.context = await chromium.launchPersistentContext(this.folder, {
      executablePath: findChromium(),
      args: chromiumArgs,
      baseURL: this.baseURL,
      viewport: { width: 1440, height: 900 },
    });
    return this.context.pages()[0] ?? this.context.newPage();
  }

  /**
   * Kills the whole browser with SIGKILL, every process at once (the browser process, the storage
   * service that writes IndexedDB, the renderers and the workers), as the out-of-memory killer or
   * a forced quit would: nothing gets to close, flush or clean up. Playwright starts the
   * browser as the leader of a process group of its own, so the group is the browser. Returns once
   * no process of it is left running and Playwright has seen the browser go.
   */
  async killBrowser(): Promise<void> {
    const context = this.context;
    if (!context) throw new Error('the browser is not running');
    const browserProcess = browserProcessOn(this.folder);
    const closed = new Promise((resolve) => context.once('close', resolve));
    process.kill(-browserProcess, 'SIGKILL');
    await closed;
    await expect.poll(() => runningProcessesInGroup(browserProcess), { timeout: 30_000 }).toEqual([]);
    this.context = null;
  }

  /** Closes the browser if it runs and deletes the profile. */
  async remove(): Promise<void> {
    await this.context?.close().catch(() => undefined);
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** The fields of /proc/PID/stat after the command's name, which may itself hold spaces. */
function processStatus(pid: string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

const processIds = () => readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));

/** The browser process running on `folder`: the one given that profile that is no helper (`--type=`). */
function browserProcessOn(folder: string): number {
  const profileArgument = `--user-data-dir=${folder}`;
  const found = processIds().find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return args.includes(profileArgument) && !args.some((arg) => arg.startsWith('--type='));
    } catch {
      return false;
    }
  });
  if (!found) throw new Error(`no browser process runs on ${folder}`);
  // Field 3 of stat is the process group: the browser must lead its own, or killing the group would miss its helpers.
  if (processStatus(found)?.[2] !== found) throw new Error(`the browser process ${found} does not lead a process group`);
  return Number(found);
}

/** The processes of a group that still run: a killed one may linger as a zombie until reaped, which holds nothing open. */
function runningProcessesInGroup(group: number): number[] {
  return processIds()
    .filter((pid) => {
      const status = processStatus(pid);
      return status !== null && status[2] === String(group) && status[0] !== 'Z';
    })
    .map(Number);
}
