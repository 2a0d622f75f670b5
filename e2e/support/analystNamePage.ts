import type { Locator, Page } from '@playwright/test';

const nameLabel = 'Your name, as it will sign your changes';

/** The first-start card that asks the analyst's name, and the "Your name" dialog that changes it. */
export class AnalystNamePage {
  readonly welcomeCard: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.welcomeCard = page.getByRole('region', { name: 'Welcome to Silk Ledger' });
    this.dialog = page.getByRole('dialog', { name: 'Your name' });
  }

  welcomeNameField(): Locator {
    return this.welcomeCard.getByLabel(nameLabel);
  }

  dialogNameField(): Locator {
    return this.dialog.getByLabel(nameLabel);
  }

  /** Whether the element with the keyboard focus is inside the welcome card. */
  focusIsInWelcomeCard(): Promise<boolean> {
    return this.welcomeCard.evaluate((card) => card.contains(document.activeElement));
  }
}

/** A record's history in the detail pane, newest entry first. */
export function historyEntries(detailPane: Locator): Locator {
  return detailPane.getByRole('region', { name: 'History' }).locator('.history-list > li');
}
