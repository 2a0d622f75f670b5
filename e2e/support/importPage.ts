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
  /** "N of M columns mapped", said above the mapping list. */
  readonly mappedCount: Locator;
  readonly mappedOnly: Locator;
  /** Narrows the mapping list to the columns whose letter, header or field contains the text. */
  readonly columnFilter: Locator;
  /** The box the mapping list scrolls in, apart from the dialog. */
  readonly mappingScroller: Locator;
  /** The box the preview's rows scroll in, down and sideways. */
  readonly rowsScroller: Locator;

  constructor(page: Page) {
    super(page);
    this.dialog = page.getByRole('dialog', { name: /^Import / });
    this.counts = this.dialog.getByRole('status');
    this.alert = this.dialog.getByRole('alert');
    this.rowsTable = this.dialog.getByRole('table', { name: /^Rows to import/ });
    this.importButton = this.dialog.getByRole('button', { name: /^Import \d+ records?$/ });
    this.mappingTable = this.dialog.getByRole('table', { name: 'Field for each column' });
    this.columnRejections = this.dialog.getByRole('list', { name: 'Columns that would reject rows' });
    this.mappedCount = this.dialog.getByText(/^\d+ of \d+ columns mapped$/);
    this.mappedOnly = this.dialog.getByRole('checkbox', { name: 'Mapped only' });
    this.columnFilter = this.dialog.getByRole('searchbox', { name: 'Find a column' });
    this.mappingScroller = this.dialog.getByRole('region', { name: 'Columns and their fields' });
    this.rowsScroller = this.dialog.getByRole('region', { name: 'Rows to import' });
  }

  /** Each matched record's differing fields: record, field, current value, incoming value, what the import does. */
  updateDiff(): Locator {
    return this.dialog.getByRole('table', { name: /^Changes to stored records/ });
  }

  /** "Fill empty fields only" or "Overwrite stored values". */
  updatePolicy(label: string): Locator {
    return this.dialog.getByRole('group', { name: /^How rows that match stored/ }).getByRole('radio', { name: label });
  }

  /** The row of the diff for one field of one record: "SOLUXE CONSULTING", "Country". */
  updateDiffRow(record: string, field: string): Locator {
    return this.updateDiff()
      .getByRole('rowgroup')
      .filter({ has: this.page.getByRole('rowheader', { name: record }) })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: field, exact: true }) });
  }

  /** The stored records a keyed file leaves out, listed under a disclosure. */
  storedNotInFile(): Locator {
    return this.dialog.locator('details').filter({ hasText: 'In the store but not in this file' });
  }

  /** The sheet the preview reads, chosen from the workbook's sheets. */
  sheetChoice(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Sheet', exact: true });
  }

  /** The field chosen for a column, named as the dialog names it: "C (IT Park resident since)". */
  fieldFor(column: string): Locator {
    return this.mappingTable.getByRole('combobox', { name: `Field for column ${column}`, exact: true });
  }

  /** The headers of the columns the mapping list shows, in order. */
  async mappingHeaders(): Promise<string[]> {
    return this.mappingTable.locator('tbody tr > td:first-of-type').allTextContents();
  }

  /** Each preview row's height, in lines of its text: a row whose cells wrap is 2 or more. */
  async previewRowHeightsInLines(): Promise<number[]> {
    return this.rowsTable.evaluate((table) =>
      Array.from(table.querySelectorAll('tbody tr'), (row) => {
        const lineHeight = parseFloat(getComputedStyle(row.querySelector('td') ?? row).lineHeight);
        return row.getBoundingClientRect().height / lineHeight;
      }),
    );
  }

  /** "New organizations": each name the store does not know, its closest organizations and a choice. */
  organizationChoices(): Locator {
    return this.dialog.getByRole('region', { name: /^New organizations/ });
  }

  /** The row of one name in the file among the new organizations. */
  organizationRow(name: string): Locator {
    return this.organizationChoices()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** What the import does with a name: "Create new organization", "Link to X", "Create as alias of X". */
  organizationChoice(name: string): Locator {
    return this.organizationChoices().getByRole('combobox', { name: `Import “${name}” as`, exact: true });
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

  /** "Values Silk Ledger does not know": each unknown value of a kind, status, country or currency column. */
  valueChoices(): Locator {
    return this.dialog.getByRole('region', { name: 'Values Silk Ledger does not know' });
  }

  valueChoiceRow(text: string): Locator {
    return this.valueChoices()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: text, exact: true }) });
  }

  /** Reads every row holding `text` as `code` ("completed", "CNY"), with one choice. */
  async chooseValue(text: string, code: string): Promise<void> {
    const row = this.valueChoiceRow(text);
    await row.getByRole('combobox').selectOption(code);
    await row.getByRole('button', { name: /^Apply to \d+ rows?$/ }).click();
    await expect(row).toContainText('✓ Applied');
  }

  undoButton(): Locator {
    return this.page.locator('.notices').getByRole('button', { name: 'Undo import' });
  }

  notice(text: string | RegExp): Locator {
    return this.page.locator('.notice').filter({ hasText: text });
  }
}
