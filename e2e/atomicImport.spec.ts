import { expect, test } from '@playwright/test';
import { startImportAndHoldItsCommit, writeFibreSegmentsWorkbook } from './support/heldImportCommit';
import { ImportPage } from './support/importPage';
import { readStore, readStoredValues } from './support/storeReader';

const rows = 10_000;

test('a page killed in the middle of a 10,000-row import leaves the store as it was', async ({ page, context }) => {
  test.setTimeout(180_000);
  const path = test.info().outputPath('segments.xlsx');
  writeFibreSegmentsWorkbook(path, rows);
  const app = new ImportPage(page);
  await app.open();
  await expect(app.sidebarCount('Deals')).toHaveText('11');
  const before = await readStore(page);
  const valuesBefore = await readStoredValues(page);

  await app.importFile(path);
  await startImportAndHoldItsCommit(app, rows);

  const crashed = page.waitForEvent('crash');
  const devtools = await context.newCDPSession(page);
  devtools.send('Page.crash').catch(() => undefined);
  await crashed;

  const reopened = await context.newPage();
  const again = new ImportPage(reopened);
  await again.open();
  await expect(again.sidebarCount('Deals')).toHaveText('11');
  // The counts first, for a readable difference; then every stored value.
  expect((await readStore(reopened)).counts).toEqual(before.counts);
  expect(await readStoredValues(reopened)).toEqual(valuesBefore);
});
