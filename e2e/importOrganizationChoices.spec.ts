import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ImportPage } from './support/importPage';
import { screenshotsAtEverySize } from './support/screenshots';

// Written by openpyxl (src/shared/import/fixtures/makeOrganizationFixtures.py), not by the SheetJS the app reads with:
// deals naming the default dataset's organizations as other people spell them.
const fixture = resolve(__dirname, '../src/shared/import/fixtures/organization-spellings.xlsx');

test('an organisation reconciliation links a Cyrillic legal-form spelling to the existing organisation', async ({ page }) => {
  const app = new ImportPage(page);
  await app.open();
  const organizations = Number(await app.sidebarCount('Organizations').textContent());
  await app.importFile(fixture);
  await expect(app.counts).toHaveText('4 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');

  await expect(app.organizationChoices().getByRole('heading')).toHaveText('New organizations (7)');
  const cyrillic = 'АО «Узбектелеком»';
  await expect(app.organizationRow(cyrillic)).toContainText('2, 5');
  await expect(app.organizationRow(cyrillic)).toContainText('Uzbektelecom same name in Latin script');
  await app.organizationChoice(cyrillic).selectOption({ label: 'Link to Uzbektelecom' });
  await expect(app.organizationChoice(cyrillic).locator('option:checked')).toHaveText('Link to Uzbektelecom');
  await expect(app.organizationRow('Government of Malaysia')).toContainText('Unknown');
  await expect(app.organizationRow('Hikvision')).toContainText('China, from the Chinese party column');

  await screenshotsAtEverySize(page, 'organization-choices', app.organizationChoices());

  // The transliterated Huawei and the abbreviated Uzbektelecom are proposed; one click links both.
  await app.organizationChoices().getByRole('button', { name: 'Link all proposed (2)' }).click();
  await expect(app.organizationChoice('UZTELECOM JSC').locator('option:checked')).toHaveText('Link to Uzbektelecom');
  await expect(app.organizationChoice('ООО "Хуавей Текнолоджиз"').locator('option:checked')).toHaveText('Link to Huawei');
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();

  // Only the names no stored organization resembles are new: 华为技术有限公司, Hikvision, Government of Malaysia.
  await expect(app.sidebarCount('Organizations')).toHaveText(String(organizations + 3));
  await app.openRecord('Fibre backbone to Karakalpakstan');
  await expect(app.detailPane).toContainText('Huawei (partner); Uzbektelecom (partner)');
  await app.openRecord('Smart city pilot in Nukus');
  await expect(app.detailPane).toContainText('Uzbektelecom (partner)');
});

test('creating a spelling as an alias adds it to the stored organization', async ({ page }) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(fixture);
  const transliterated = 'ООО "Хуавей Текнолоджиз"';
  await expect(app.organizationRow(transliterated)).toContainText('Huawei similar to alias Huawei Technologies');
  await app.organizationChoice(transliterated).selectOption({ label: 'Create as alias of Huawei' });
  await expect(app.organizationRow(transliterated)).toContainText('As stored');
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();

  await app.section('Organizations').click();
  await app.openRecord('Huawei');
  await expect(app.detailPane).toContainText(`Huawei Technologies; ${transliterated}`);
});

test('an organizations list lists the organizations it would create, and updates those it certainly names', async ({ page }) => {
  const app = new ImportPage(page);
  await app.open();
  const organizations = Number(await app.sidebarCount('Organizations').textContent());
  // Written by openpyxl: АО «Узбектелеком» and Beeline (Unitel) beside two organizations the store does not have.
  await app.importFile(resolve(__dirname, '../src/shared/import/fixtures/organization-list-spellings.xlsx'));
  await expect(app.counts).toHaveText('2 to add, 0 to update, 2 unchanged, 0 rejected, 0 skipped');
  await expect(app.organizationChoices().getByRole('heading')).toHaveText('New organizations (2)');
  await expect(app.organizationRow('Hikvision')).toContainText('China, from the Country column');
  await expect(app.organizationRow('Shenzhen Silk Cloud Ltd')).toContainText('Unknown');
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();
  await expect(app.sidebarCount('Organizations')).toHaveText(String(organizations + 2));
});
