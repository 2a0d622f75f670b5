import { z } from 'zod';

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultWindowState: WindowState = { x: 80, y: 60, width: 1360, height: 860, maximized: false };

/** Parses saved state; anything unreadable (a hand-edited or truncated file) falls back to defaults. */
export function parseWindowState(text: string | undefined): WindowState {
  if (!text) return defaultWindowState;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : defaultWindowState;
  } catch {
    return defaultWindowState;
  }
}

/**
 * Keeps a remembered window on a screen that still exists: a window saved on a monitor that has
 * since been unplugged would otherwise open invisibly.
 */
export function placeOnVisibleDisplay(state: WindowState, workAreas: Rectangle[]): WindowState {
  const visible = workAreas.some(
    (area) =>
      state.x < area.x + area.width - 100 &&
      state.x + state.width > area.x + 100 &&
      state.y >= area.y - 10 &&
      state.y < area.y + area.height - 50,
  );
  if (visible || workAreas.length === 0) return state;
  const primary = workAreas[0];
  return {
    ...state,
    x: primary.x + 40,
    y: primary.y + 40,
    width: Math.min(state.width, primary.width - 80),
    height: Math.min(state.height, primary.height - 80),
  };
}
