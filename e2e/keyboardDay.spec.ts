import { expect, test } from '@playwright/test';
import { CountedKeyboard } from './support/countedKeyboard';
import { WorkbenchPage } from './support/workbenchPage';

const tencent = 'Uzbektelecom–Tencent agreements';

test('an analyst’s day with the keyboard alone: search, open, edit, annotate, filter and export', async ({ page }) => {
  const app = new WorkbenchPage(page);
  const keyboard = new CountedKeyboard(page);
  await page.goto('/');
  await expect(app.sidebar).toBeVisible();

  // From load to the deals table: the skip link is the first stop of Tab.
  await keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the deals table' })).toBeFocused();
  await keyboard.press('Enter');
  await expect(app.table()).toBeFocused();
  expect(keyboard.step('reach the deals table'), 'keys from load to the table').toBeLessThanOrEqual(3);

  // Search and open: focus lands on the opened record's row, its details beside it.
  await keyboard.press('Control+k');
  await keyboard.type('Tencent agreements');
  await expect(page.getByRole('dialog', { name: 'Search all records' }).getByRole('option').first()).toContainText(tencent);
  await keyboard.press('Enter');
  await expect(app.table()).toBeFocused();
  await expect(app.activeRow()).toContainText(tencent);
  await expect(app.detailPane.getByRole('heading', { name: tencent })).toBeVisible();
  keyboard.step('search and open');

  // Edit: Enter opens the row's form; the title gets a word more; Enter saves and focus is back on the row.
  await keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: 'Edit deal' });
  await expect(form.getByLabel('Title')).toBeFocused();
  await keyboard.press('End');
  await keyboard.type(' (signed in Tashkent)');
  await keyboard.press('Enter');
  await expect(form).toHaveCount(0);
  await expect(app.table()).toBeFocused();
  await expect(app.activeRow()).toContainText(`${tencent} (signed in Tashkent)`);
  keyboard.step('edit and save');

  // Annotate: F6 to the detail pane, then its Annotate… button.
  await keyboard.press('F6');
  await expect(app.detailPane.getByRole('button', { name: 'Edit…' })).toBeFocused();
  await keyboard.press('Tab');
  await expect(app.detailPane.getByRole('button', { name: 'Annotate…' })).toBeFocused();
  await keyboard.press('Enter');
  const annotation = page.getByRole('dialog', { name: /^Annotate/ });
  await expect(annotation.getByLabel('Note')).toBeFocused();
  await keyboard.type('Check the signing date against the ministry release.');
  await keyboard.press('Tab');
  await keyboard.press('Enter');
  await expect(annotation).toHaveCount(0);
  await expect(app.detailPane.getByRole('region', { name: 'Annotations' })).toContainText('Check the signing date');
  keyboard.step('annotate');

  // Filter by a party through the filter bar: F6 from the pane comes round to the sidebar, then the
  // filters; "Add filter", its Party entry, then the party typed and chosen.
  await keyboard.press('F6', 2);
  await expect(app.filters.getByRole('searchbox', { name: 'Filter' })).toBeFocused();
  await keyboard.press('Tab');
  await expect(app.filters.getByRole('button', { name: 'Add filter' })).toBeFocused();
  await keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Add filter' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await keyboard.press('ArrowDown', 4);
  await expect(menu.getByRole('menuitem', { name: 'Party' })).toBeFocused();
  await keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Find a party value' })).toBeFocused();
  await keyboard.type('Huawei');
  await keyboard.press('Enter');
  await expect(app.rows()).toHaveCount(1);
  await expect(app.rows().first()).toContainText('Huawei data center for the E-Government system');
  keyboard.step('filter by party');

  // Export the filtered view: Ctrl+E, Enter.
  const download = page.waitForEvent('download');
  await keyboard.press('Control+e');
  await expect(page.getByRole('dialog', { name: 'Export report' })).toBeVisible();
  await keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^silk-ledger-deals-\d{4}-\d{2}-\d{2}\.xlsx$/);
  keyboard.step('export');
});
