import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { detailPaneWidthKey } from '@shared/model/settings';
import { writeSetting } from '../../db/settings';
import { useSetting } from '../../db/useSetting';
import { useStore } from '../../db/storeContext';
import { useNotices } from '../../ui/Notices';

const minimumWidth = 260;
const keyStep = 16;

/**
 * Until the analyst drags it: 360 px, or less in a narrow window, where the pane lies over the table,
 * so that at 1024 px the table's first three columns stay in view beside it.
 */
const defaultWidth = (windowWidth: number) => Math.min(360, Math.round(windowWidth * 0.3));
/** The table keeps at least the rest: past this the pane would hide the table rather than sit by it. */
const maximumWidth = (windowWidth: number) => Math.max(minimumWidth, Math.round(windowWidth * 0.55));

function useWindowWidth(): number {
  const [width, setWidth] = useState(window.innerWidth);
  useEffect(() => {
    const update = () => setWidth(window.innerWidth);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return width;
}

/**
 * The detail pane's width and the handlers of the separator that resizes it: dragged with the mouse,
 * or moved with the arrow keys (the pane is on the right, so ArrowLeft widens it), Home and End for
 * the narrowest and widest. The width is kept in the store's computer settings, so it is the same
 * on every table and after a restart, and a window too narrow for it narrows the pane, not the setting.
 */
export function useResizablePane() {
  const { db } = useStore();
  const { notify } = useNotices();
  const windowWidth = useWindowWidth();
  const saved = useSetting(detailPaneWidthKey);
  // The width shown before the store has it: it follows the pointer during a drag and is written
  // once, at its end; a key press writes at once.
  const [dragged, setDragged] = useState<number>();
  const drag = useRef<{ startX: number; startWidth: number }>(undefined);
  const minimum = minimumWidth;
  const maximum = maximumWidth(windowWidth);
  const clamp = (value: number) => Math.round(Math.min(maximum, Math.max(minimum, value)));
  const width = clamp(dragged ?? saved ?? defaultWidth(windowWidth));

  function save(value: number) {
    void writeSetting(db, detailPaneWidthKey, value).then((written) => {
      if (!written.ok) notify('error', `The detail pane’s width could not be kept: ${written.error.message}`);
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const step = event.shiftKey ? keyStep * 4 : keyStep;
    let next: number;
    if (event.key === 'ArrowLeft') next = width + step;
    else if (event.key === 'ArrowRight') next = width - step;
    else if (event.key === 'Home') next = minimum;
    else if (event.key === 'End') next = maximum;
    else return;
    event.preventDefault();
    setDragged(clamp(next));
    save(clamp(next));
  }

  function onPointerDown(event: PointerEvent<HTMLElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
    setDragged(width);
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    if (!drag.current) return;
    setDragged(clamp(drag.current.startWidth + drag.current.startX - event.clientX));
  }

  function onPointerUp() {
    if (!drag.current || dragged === undefined) return;
    drag.current = undefined;
    save(dragged);
  }

  // Kept until the store answers with the saved width, so the pane does not spring back meanwhile.
  useEffect(() => {
    if (!drag.current && saved !== undefined) setDragged(undefined);
  }, [saved]);

  return {
    width,
    separator: {
      role: 'separator',
      'aria-orientation': 'vertical',
      'aria-valuenow': width,
      'aria-valuemin': minimum,
      'aria-valuemax': maximum,
      tabIndex: 0,
      onKeyDown,
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: onPointerUp,
    } as const,
  };
}
