import { useMemo, useSyncExternalStore } from 'react';

function subscribeToTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const currentTheme = () => document.documentElement.dataset['theme'] ?? 'light';

/** The colours charts draw with, read from the theme's CSS variables. */
export interface ChartColors {
  theme: string;
  text: string;
  muted: string;
  border: string;
  surface: string;
  accent: string;
  line: string;
  china: string;
  uzbekistan: string;
  otherCountry: string;
}

/** A colour written as #rrggbb made see-through; any other notation is returned as it is. */
export function translucent(color: string, opacity: number): string {
  if (!/^#[0-9a-f]{6}$/i.test(color)) return color;
  const alpha = Math.round(opacity * 255)
    .toString(16)
    .padStart(2, '0');
  return `${color}${alpha}`;
}

function cssVariable(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/**
 * The chart colours of the theme in use, renewed when the theme changes. The theme attribute is
 * watched rather than passed down, so the colours are read after the new theme's variables apply.
 */
export function useChartColors(): ChartColors {
  const theme = useSyncExternalStore(subscribeToTheme, currentTheme);
  return useMemo(
    () => ({
      theme,
      text: cssVariable('--text'),
      muted: cssVariable('--text-muted'),
      border: cssVariable('--border'),
      surface: cssVariable('--surface'),
      accent: cssVariable('--accent'),
      line: cssVariable('--chart-line'),
      china: cssVariable('--chart-china'),
      uzbekistan: cssVariable('--chart-uzbekistan'),
      otherCountry: cssVariable('--chart-other-country'),
    }),
    [theme],
  );
}
