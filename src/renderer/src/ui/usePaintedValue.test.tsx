// @vitest-environment happy-dom
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { usePaintedValue } from './usePaintedValue';

function Shown({ value }: { value: string }) {
  return <p>{usePaintedValue(value, 'nothing yet')}</p>;
}

describe('usePaintedValue', () => {
  it('shows the initial value in the first frame and each new value once a frame has been painted', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    flushSync(() => root.render(<Shown value="100,011 deals" />));
    expect(container.textContent).toBe('nothing yet');
    await vi.waitFor(() => expect(container.textContent).toBe('100,011 deals'));
    flushSync(() => root.render(<Shown value="100,012 deals" />));
    expect(container.textContent).toBe('100,011 deals');
    await vi.waitFor(() => expect(container.textContent).toBe('100,012 deals'));
    root.unmount();
  });
});
