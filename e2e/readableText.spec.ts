import { writeFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { ImportPage } from './support/importPage';
import { screenshotsAtEverySize } from './support/screenshots';

const override = '\u202e';
const title = `Deal ${override}override LTR`;
const parties = [`Alpha ${override}evil`, 'Beta Systems'];
// One unbroken word, as a pasted hash or URL would be: nothing to wrap at but the pane's edge.
const description = 'x'.repeat(32_000);

function hostileCsv(path: string): void {
  const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const rows = [
    ['Title', 'Signed', 'Partner', 'Details'],
    [title, '2024-03-15', parties.join('; '), description],
  ];
  writeFileSync(path, rows.map((row) => row.map(quoted).join(',')).join('\r\n'), 'utf8');
}

/** Whether `text`, found inside `element`, is drawn left to right: its first letter left of its last. */
async function drawnLeftToRight(element: Locator, text: string): Promise<boolean> {
  return element.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at === -1) continue;
      const letterBox = (offset: number) => {
        const range = document.createRange();
        range.setStart(node!, offset);
        range.setEnd(node!, offset + 1);
        return range.getBoundingClientRect();
      };
      return letterBox(at).left < letterBox(at + wanted.length - 1).left;
    }
    throw new Error(`“${wanted}” is not in the element`);
  }, text);
}

test('a direction override and a 32,000-character value in imported text stay inside their own place', async ({ page }) => {
  const path = test.info().outputPath('hostile-text.csv');
  hostileCsv(path);
  const app = new ImportPage(page);
  await app.open();
  await app.importFile(path);
  await expect(app.importButton).toBeEnabled();
  await app.importButton.click();
  await expect(app.dialog).toBeHidden();

  await app.openRecord(title);
  const heading = app.detailPane.getByRole('heading', { name: title });
  const partiesValue = app.detailField('Parties');
  const descriptionValue = app.detailField('Description');
  for (const value of [heading, partiesValue, descriptionValue]) {
    await expect(value).toHaveCSS('unicode-bidi', 'isolate');
  }
  // The override reverses its own name only: the party after it still reads left to right, in the pane and the table.
  expect(await drawnLeftToRight(partiesValue, 'Beta')).toBe(true);
  const partiesCell = page.locator('tbody tr', { hasText: 'override LTR' }).locator('td', { hasText: 'Beta' });
  expect(await drawnLeftToRight(partiesCell, 'Beta')).toBe(true);
  expect(await drawnLeftToRight(app.detailPane.locator('.detail-kind'), 'Deal')).toBe(true);

  const fitsThePane = async () => {
    const pane = (await app.detailPane.boundingBox())!;
    for (const value of [heading, partiesValue, descriptionValue]) {
      const box = (await value.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width + 0.5);
    }
    expect(await app.detailPane.evaluate((pane) => pane.scrollWidth - pane.clientWidth)).toBeLessThanOrEqual(0);
  };
  await fitsThePane();
  const showAll = descriptionValue.getByRole('button', { name: 'Show all 32,000 characters' });
  await expect(showAll).toBeVisible();
  await screenshotsAtEverySize(page, 'detail-hostile-text', app.detailPane);
  await showAll.click();
  await expect(descriptionValue).toHaveText(description);
  await fitsThePane();
});
