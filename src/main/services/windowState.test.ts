import { describe, expect, it } from 'vitest';
import { defaultWindowState, parseWindowState, placeOnVisibleDisplay } from './windowState';

describe('window state', () => {
  it('reads saved bounds and falls back to defaults for damaged files', () => {
    const saved = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
    expect(parseWindowState(JSON.stringify(saved))).toEqual(saved);
    expect(parseWindowState('{"x": 1')).toEqual(defaultWindowState);
    expect(parseWindowState(JSON.stringify({ ...saved, width: 10 }))).toEqual(defaultWindowState);
    expect(parseWindowState(undefined)).toEqual(defaultWindowState);
  });

  it('moves a window saved on a monitor that is gone back onto the primary display', () => {
    const offscreen = { x: 3000, y: 100, width: 1200, height: 800, maximized: false };
    const placed = placeOnVisibleDisplay(offscreen, [{ x: 0, y: 0, width: 1920, height: 1080 }]);
    expect(placed).toMatchObject({ x: 40, y: 40, width: 1200, height: 800 });
    const onScreen = { x: 100, y: 100, width: 800, height: 600, maximized: false };
    expect(placeOnVisibleDisplay(onScreen, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toEqual(onScreen);
  });
});
