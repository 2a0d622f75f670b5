import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { ImportPage } from './support/importPage';

// Written by Python's csv module (src/shared/import/fixtures/makeGcdfFixture.py) with GCDF 3.0's 126 headers.
const gcdfFile = resolve(__dirname, '../src/shared/import/fixtures/gcdf-layout.csv');

test('an AidData GCDF extract imports with no hand step: USD values, dates, roles and citations as the dataset means them', async ({
  page,
}) => {
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(gcdfFile);

  await expect(app.fieldFor('AY (Commitment Date (MM/DD/YYYY))')).toHaveValue('date');
  await expect(app.fieldFor('AQ (Amount (Nominal USD))')).toHaveValue('valueUsd');
  await expect(app.fieldFor('V (Funding Agencies)')).toHaveValue('financiers');
  await expect(app.fieldFor('AZ (Commitment Date Estimated)')).toHaveValue('dateEstimated');
  await expect(app.counts).toHaveText('10 to add, 0 to update, 0 unchanged, 0 rejected, 0 skipped');
  // The kind of a new organization comes from its agency's "… Type" column, read at the same place in the list.
  await expect(app.organizationRow('Embassy of China in Malaysia')).toContainText(
    'Government, from “Embassy” in the Financiers: type column',
  );
  await expect(app.organizationRow('Uzbekistan Temir Yollari')).toContainText('State-owned company, from “State-owned Company”');
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();

  await app.openRecord('Chinese Embassy grants relief supplies to Sarawak');
  const deal = app.detailPane;
  await expect(deal.getByRole('definition').filter({ hasText: 'MYR' })).toHaveText('MYR 1.2 million (USD 285,714.29)');
  // "Commitment Date Estimated" is No here, so the date is exact.
  await expect(app.detailField('Date')).toHaveText('5 Jul 2021');
  await expect(deal).toContainText('Embassy of China in Malaysia (financier)');
  await expect(deal).toContainText('Government of Malaysia (beneficiary)');
  await expect(deal).toContainText('Sarawak State Government (beneficiary)');
  const citations = deal.getByRole('region', { name: 'Sources' }).getByRole('listitem');
  await expect(citations).toHaveCount(2);
  // Each link is its own citation, named by its own title.
  await expect(citations.nth(0).locator('blockquote')).toHaveText('https://example.org/my/sarawak-aid');
  await expect(citations.nth(0)).toContainText('China donates supplies to Sarawak, Sheet gcdf-layout, row 11');
  await expect(citations.nth(1).locator('blockquote')).toHaveText('https://example.org/my/embassy-note');
  await expect(citations.nth(1)).toContainText('Embassy note, Sheet gcdf-layout, row 11');

  await app.openRecord('Huawei equipment for the Tashkent University of Information Technologies');
  await expect(deal).toContainText('approximately CNY 8 million (USD 1,238,390.09)');
  // "Commitment Date Estimated" is Yes: the date is shown as approximate, in the detail pane and the table.
  await expect(app.detailField('Date')).toHaveText('c. 2 Nov 2020');
  await expect(app.table().getByRole('row').filter({ hasText: 'Huawei equipment for the Tashkent' })).toContainText(
    'c. 2 Nov 2020',
  );
  // The stored Huawei, found by its legal name's short form, is the implementer.
  await expect(deal).toContainText('Huawei (implementer)');

  await app.openRecord('Scholarships for Uzbek engineers in China');
  // No commitment date in the file: its commitment year dates the deal, estimated as the file says.
  await expect(app.detailField('Date')).toHaveText('c. 2017');

  await app.section('Sources').click();
  await app.openRecord('China donates supplies to Sarawak');
  await expect(app.detailPane).toContainText('The Star');
  await expect(app.detailPane).toContainText('https://example.org/my/sarawak-aid');

  await app.section('Organizations').click();
  await app.openRecord('Government of Malaysia');
  await expect(app.detailPane).toContainText('Malaysia');
  await expect(app.detailPane).not.toContainText('Uzbekistan');
  // An embassy is the government it represents, not the private company its name alone once made it.
  await app.openRecord('Embassy of China in Malaysia');
  await expect(app.detailPane.getByRole('definition').filter({ hasText: /^Government$/ })).toBeVisible();
});
