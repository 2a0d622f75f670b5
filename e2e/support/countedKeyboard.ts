import { test, type Page } from '@playwright/test';

/**
 * The keyboard, counting what the analyst presses: keys (shortcuts, arrows, Tab, Enter) apart from the
 * characters of text typed, which any way of working needs. Each step's counts go into the test's
 * annotations, so the report shows where the keystrokes of a task are spent.
 */
export class CountedKeyboard {
  private keys = 0;
  private characters = 0;

  constructor(private readonly page: Page) {}

  async press(key: string, times = 1): Promise<void> {
    for (let count = 0; count < times; count++) {
      await this.page.keyboard.press(key);
      this.keys++;
    }
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.characters += text.length;
  }

  /** Ends a step: records its counts and returns the keys it took. */
  step(name: string): number {
    const keys = this.keys;
    test
      .info()
      .annotations.push({ type: 'keystrokes', description: `${name}: ${keys} keys, ${this.characters} characters typed` });
    this.keys = 0;
    this.characters = 0;
    return keys;
  }
}
