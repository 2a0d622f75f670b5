import { expect, test } from '@playwright/test';
import { WorkbenchPage } from './support/workbenchPage';

const title = 'Huawei–Uzbektelecom 5G core network contract';

test('creates a deal with two parties and an approximate amount, then edits it', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New deal' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Kind').selectOption({ label: 'Commercial contract' });
  await dialog.getByLabel('Date').fill('Q2 2025');
  await dialog.getByLabel('Value').fill('approx. USD 120 million');
  await expect(dialog).toContainText('approximately USD 120 million');

  await dialog.getByRole('button', { name: 'Add party' }).click();
  await dialog.getByLabel('Party 1', { exact: true }).fill('Unitel');
  await dialog.getByRole('option', { name: /^Beeline/ }).click();
  await dialog.getByRole('button', { name: 'Add party' }).click();
  await dialog.getByLabel('Party 2', { exact: true }).fill('Huawei');
  await dialog
    .getByRole('option', { name: /^Huawei/ })
    .first()
    .click();
  await dialog.getByLabel('Role of party 2').selectOption({ label: 'Supplier' });
  await page.screenshot({ path: 'test-results/screens/deal-form.png' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  await expect(app.section('Deals')).toContainText('12');
  await app.openRecord(title);
  await expect(app.detailPane).toContainText('Q2 2025');
  await expect(app.detailPane).toContainText('approximately USD 120 million');
  await expect(app.detailPane).toContainText('Beeline (signatory); Huawei (supplier)');
  await expect(app.rowTitled(title)).toContainText('≈ $120M');

  await app.detailPane.getByRole('button', { name: 'Edit…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit deal' });
  await edit.getByLabel('Value').fill('more than USD 150 million');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(app.rowTitled(title)).toContainText('> $150M');
  const history = app.detailPane.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText(
    'Value: approximately USD 120 million → more than USD 150 million',
  );

  await history.getByRole('button', { name: 'Undo: Value: approximately USD 120 million → more than USD 150 million' }).click();
  await expect(app.rowTitled(title)).toContainText('≈ $120M');
});

test('a bad amount and a missing title are reported on their fields and nothing is saved', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.main.getByRole('button', { name: 'New deal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New deal' });
  await dialog.getByLabel('Value').fill('about seven hundred');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Value')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('dialog', { name: /Discard unsaved changes/ })
    .getByRole('button', { name: /Discard/ })
    .click();
  await expect(app.section('Deals')).toContainText('11');
});

test('global search finds a deal by an alias of its party and opens it', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.section('Organizations').click();
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Search all records' });
  await search.getByRole('combobox', { name: 'Search all records' }).fill('Unitel');
  await expect(search.getByRole('option').first()).toContainText('Beeline');
  await expect(search.getByRole('option', { name: /Mobile operators’ projects/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/global-search.png' });
  await search.getByRole('option', { name: /Mobile operators’ projects/ }).click();
  await expect(search).toBeHidden();
  await expect(app.main.getByRole('heading', { name: 'Deals' })).toBeVisible();
  await expect(app.detailPane.getByRole('heading', { name: /Mobile operators’ projects/ })).toBeVisible();
});

test('adds an observation to an indicator and edits it', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.section('Indicators').click();
  await app.openRecord('Services exports to China');
  const observations = app.detailPane.getByRole('region', { name: 'Observations' });
  await observations.getByRole('button', { name: 'Add observation' }).click();
  const dialog = page.getByRole('dialog', { name: 'New observation' });
  await dialog.getByRole('textbox', { name: 'Period' }).fill('Q3 2025');
  await dialog.getByRole('textbox', { name: 'Value' }).fill('3.1 million');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(observations).toContainText('Q3 2025');
  await expect(observations).toContainText('$3.1M');

  await observations.getByRole('button', { name: 'Edit observation for Q3 2025' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit observation' });
  await edit.getByRole('combobox', { name: 'Qualifier' }).selectOption('approximately');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(observations).toContainText('≈ $3.1M');
});

test('adds a register number to an organization, refusing one without a value', async ({ page }) => {
  const app = new WorkbenchPage(page);
  await app.open();
  await app.section('Organizations').click();
  await app.openRecord('Beeline');
  await app.detailPane.getByRole('button', { name: 'Edit…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit organization' });
  await edit.getByRole('button', { name: 'Add external ID' }).click();
  await edit.getByLabel('Scheme of external ID 1').fill('Register No.');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByLabel('External ID 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await edit.getByLabel('External ID 1', { exact: true }).fill('UZ-0042');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toHaveCount(0);
  await expect(app.detailPane).toContainText('Register No.: UZ-0042');
});
