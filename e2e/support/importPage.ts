import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './appPage';

/** The import dialog opened from the toolbar's "Import…" button, as an analyst drives it. */
export class ImportPage extends AppPage {
  readonly dialog: Locator;
  readonly counts: Locator;
  readonly alert: Locator;
  readonly rowsTable: Locator;
  readonly importButton: Locator;
  /** The list of columns and the field each fills, with why a column was left out. */
  readonly mappingTable: Locator;
  /** Said above the mapping list: which mapped columns would reject rows, and how many. */
  readonly columnRejections: Locator;

  constructor(page: Page) {
    super(page);
    this.dialog = page.getByRole('dialog', { name: /^Import / });
    this.counts = this.dialog.getByRole('status');
    this.alert = this.dialog.getByRole('alert');
    this.rowsTable = this.dialog.getByRole('table', { name: /^Rows to import/ });
    this.importButton = this.dialog.getByRole('button', { name: /^Import \d+ records?$/ });
    this.mappingTable = this.dialog.getByRole('table', { name: 'Field for each column' });
    this.columnRejections = this.dialog.getByRole('list', { name: 'Columns that would reject rows' });
  }

  /** The field chosen for a column, named as the dialog names it: "C (IT Park resident since)". */
  fieldFor(column: string): Locator {
    return this.mappingTable.getByRole('combobox', { name: `Field for column ${column}`, exact: true });
  }

  /** Chooses `path` in the file chooser the "Import…" button opens. */
  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('toolbar', { name: 'Main actions' }).getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(path);
    await expect(this.dialog).toBeVisible();
  }

  /** The number beside a record kind in the sidebar. */
  sidebarCount(section: string): Locator {
    return this.section(section).locator('.count');
  }

  previewRow(rowNumber: number): Locator {
    return this.rowsTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: String(rowNumber), exact: true }) });
  }

  async fixCell(rowNumber: number, columnLetter: string, text: string): Promise<void> {
    const name = `Fix row ${rowNumber} column ${columnLetter}`;
    await this.dialog.getByRole('textbox', { name }).fill(text);
    await this.dialog
      .getByRole('cell')
      .filter({ has: this.page.getByRole('textbox', { name }) })
      .getByRole('button', { name: 'Apply' })
      .click();
  }

  undoButton(): Locator {
    return this.page.locator('.notices').getByRole('button', { name: 'Undo import' });
  }

  notice(text: string | RegExp): Locator {
    return this.page.locator('.notice').filter({ hasText: text });
  }
}
