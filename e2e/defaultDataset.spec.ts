import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './support/appPage';
import { collectConsoleErrors } from './support/consoleErrors';

const dataset = JSON.parse(readFileSync(resolve(__dirname, '../resources/default-dataset.json'), 'utf8')) as Record<
  string,
  unknown[]
>;

test('a new analyst opens the app on the cited default dataset, with no request leaving the machine', async ({
  page,
  baseURL,
}) => {
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseURL!) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const errors = collectConsoleErrors(page);
  const app = new AppPage(page);
  await app.open();

  for (const [label, table] of [
    ['Deals', 'deals'],
    ['Organizations', 'organizations'],
    ['Indicators', 'indicators'],
    ['Events', 'events'],
    ['Sources', 'sources'],
    ['Annotations', 'annotations'],
  ] as const) {
    await expect(app.section(label)).toContainText(String(dataset[table].length));
  }

  await app.openRecord('Agreement “On Cooperation in the Field of Post and Telecommunications”');
  const detail = app.detailPane;
  await expect(detail).toContainText('8 Nov 1999');
  await expect(detail).toContainText('Beijing');
  await expect(detail.getByRole('region', { name: 'Sources' })).toContainText('signed on November 8, 1999, in Beijing');

  await app.section('Indicators').click();
  await app.openRecord('Services exports to China');
  const observations = app.detailPane.getByRole('region', { name: 'Observations' });
  await expect(observations).toContainText('$7.4M');
  await expect(
    observations.getByRole('img', { name: 'Services exports to China: 2024 $2.7M; Q1–Q2 2025 $7.4M' }).locator('svg'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/indicators.png' });

  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('reset to the default dataset asks first and then undoes local edits', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.openRecord('Uzbektelecom–Tencent agreements');
  await app.detailPane.getByRole('button', { name: 'Delete' }).click();
  await expect(app.section('Deals')).toContainText(String(dataset['deals'].length - 1));

  await app.runDataCommand('Reset data…');
  const dialog = page.getByRole('dialog', { name: 'Reset to the default dataset?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.section('Deals')).toContainText(String(dataset['deals'].length - 1));

  await app.runDataCommand('Reset data…');
  await dialog.getByRole('button', { name: 'Reset' }).click();
  await expect(app.section('Deals')).toContainText(String(dataset['deals'].length));
});
