import { expect, test } from '@playwright/test';
import { screenshotsAtEverySize } from './support/screenshots';
import { WorkbenchPage } from './support/workbenchPage';

const first = 'Agreement “On Cooperation in the Field of Post and Telecommunications”';
const second = 'Agreement “On Cooperation in the Field of Communications and Information Technologies”';
const third = 'Uzbektelecom–China Telecom inter-operator agreement on direct transit services and leased communication channels';
const fourth = 'Uzbektelecom–China Unicom agreement on international telecommunications services';

test('Shift+ArrowDown and Shift+Click extend the selection from the anchor; Ctrl+Click toggles one row', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.table().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(app.selectedRows()).toHaveCount(3);
  await expect(app.activeRow()).toContainText(third);
  await page.keyboard.press('Shift+ArrowUp');
  await expect(app.selectedRows()).toHaveCount(2);
  await expect(app.bulkBar).toBeVisible();

  await app.rowTitled(first).click();
  await app.rowTitled(fourth).click({ modifiers: ['Shift'] });
  await expect(app.selectedRows()).toHaveCount(4);
  await app.rowTitled(second).click({ modifiers: ['ControlOrMeta'] });
  await expect(app.selectedRows()).toHaveCount(3);
  await expect(app.rowTitled(second)).toHaveAttribute('aria-selected', 'false');
});

test('Escape in the table closes the detail pane, keeping the row, then clears the selection', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.table().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(app.detailPane).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(app.detailPane).toHaveCount(0);
  await expect(app.table()).toBeFocused();
  await expect(app.activeRow()).toContainText(second);
  await expect(app.selectedRows()).toHaveCount(2);

  await page.keyboard.press('Escape');
  await expect(app.selectedRows()).toHaveCount(0);
  await expect(app.activeRow()).toContainText(second);

  // Moving on shows the next row's details again; Escape from inside the pane also closes it.
  await page.keyboard.press('ArrowDown');
  await expect(app.detailPane.getByRole('heading', { name: third })).toBeVisible();
  await app.detailPane.getByRole('button', { name: 'Edit…' }).focus();
  await page.keyboard.press('Escape');
  await expect(app.detailPane).toHaveCount(0);
  await expect(app.table()).toBeFocused();

  // So does Escape on the pane's resizer, and its Close button, each leaving focus on the row.
  await page.keyboard.press('ArrowDown');
  await app.detailPaneResizer().focus();
  await page.keyboard.press('Escape');
  await expect(app.detailPane).toHaveCount(0);
  await expect(app.table()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await app.detailPane.getByRole('button', { name: 'Close details' }).click();
  await expect(app.detailPane).toHaveCount(0);
  await expect(app.table()).toBeFocused();
  await expect(app.activeRow()).toContainText(third);
});

test('a new deal saved from the form becomes the active row, with focus on it; the party picker offers the existing organization first', async ({
  page,
}) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New deal' });
  await dialog.getByLabel('Title').fill('Huawei cloud region in Tashkent');
  await dialog.getByRole('button', { name: 'Add party' }).click();
  await dialog.getByLabel('Party 1', { exact: true }).focus();
  await page.keyboard.type('Huaw');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Party 1', { exact: true })).toHaveValue('Huawei');
  await expect(page.getByRole('group', { name: /New organization/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(app.table()).toBeFocused();
  await expect(app.activeRow()).toContainText('Huawei cloud region in Tashkent');
  await expect(app.detailPane.getByRole('heading', { name: 'Huawei cloud region in Tashkent' })).toBeVisible();
  await expect(app.detailPane).toContainText('Huawei (signatory)');
});

test('the skip link shows when Tab reaches it, and the focused table rings its active row', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await page.goto('/');
  await expect(app.sidebar).toBeVisible();
  await app.section('Deals').click();
  // The app reopens on the screen last shown: the deals, with nothing focused yet.
  await page.reload();
  await expect(app.table()).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Skip to table' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await screenshotsAtEverySize(page, 'skip-link');
  await page.keyboard.press('Enter');
  await expect(app.table()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(app.activeRow()).toHaveCSS('outline-style', 'solid');
  await screenshotsAtEverySize(page, 'table-focus');
});
