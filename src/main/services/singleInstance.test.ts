import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { holdSingleInstance, type RaisableWindow } from './singleInstance';

/** A stand-in for Electron's app: the lock answers as told, quit is counted, events are real. */
function standInApp(holdsLock: boolean) {
  return Object.assign(new EventEmitter(), {
    quitCalls: 0,
    requestSingleInstanceLock: () => holdsLock,
    quit() {
      this.quitCalls++;
    },
  });
}

/** A stand-in for a BrowserWindow that notes the calls bringing it forward. */
function standInWindow(state: { minimized?: boolean; destroyed?: boolean } = {}) {
  const calls: string[] = [];
  const window: RaisableWindow = {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    restore: () => void calls.push('restore'),
    show: () => void calls.push('show'),
    focus: () => void calls.push('focus'),
  };
  return { window, calls };
}

const secondLaunch = (app: EventEmitter) => app.emit('second-instance', {}, ['silk-ledger'], '/home/analyst', {});

describe('single instance', () => {
  it('quits the second instance before it starts anything', () => {
    const app = standInApp(false);
    expect(holdSingleInstance(app, () => undefined)).toBe(false);
    expect(app.quitCalls).toBe(1);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('lets the first instance start, and keeps it running when another launches', () => {
    const app = standInApp(true);
    expect(holdSingleInstance(app, () => undefined)).toBe(true);
    secondLaunch(app);
    expect(app.quitCalls).toBe(0);
  });

  it('restores a minimised window, shows it and focuses it on a second launch', () => {
    const app = standInApp(true);
    const { window, calls } = standInWindow({ minimized: true });
    holdSingleInstance(app, () => window);
    secondLaunch(app);
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });

  it('shows and focuses a window that is not minimised, which may be hidden or behind others', () => {
    const app = standInApp(true);
    const { window, calls } = standInWindow();
    holdSingleInstance(app, () => window);
    secondLaunch(app);
    expect(calls).toEqual(['show', 'focus']);
  });

  it('asks for the window at each launch, and leaves a destroyed one alone', () => {
    const app = standInApp(true);
    const first = standInWindow({ destroyed: true });
    const second = standInWindow();
    let current: RaisableWindow | undefined;
    holdSingleInstance(app, () => current);
    expect(() => secondLaunch(app)).not.toThrow();
    current = first.window;
    secondLaunch(app);
    current = second.window;
    secondLaunch(app);
    expect(first.calls).toEqual([]);
    expect(second.calls).toEqual(['show', 'focus']);
  });
});
