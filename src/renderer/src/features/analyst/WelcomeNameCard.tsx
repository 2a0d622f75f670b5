import { useState } from 'react';
import { useNotices } from '../../ui/Notices';
import { AnalystNameField } from './AnalystNameField';
import { nameRefusal } from './saveAnalystName';
import { useAnalystNameSetting } from './useAnalystNameSetting';
import './analystName.css';

/**
 * Asks for the analyst's name on first start, until it is given or skipped. A card in the page, not a
 * modal: it takes no focus and no keystroke from an analyst who goes straight to the tables.
 */
export function WelcomeNameCard() {
  const setting = useAnalystNameSetting();
  const { notify } = useNotices();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  if (!setting.stored || setting.stored.name !== undefined || setting.stored.skipped) return null;

  async function save() {
    const result = await setting.save(name);
    setError(nameRefusal(result));
    if (result.ok) notify('success', `Your changes are now signed “${result.value}”.`);
  }
  async function skip() {
    const result = await setting.skip();
    if (!result.ok) setError(result.error.message);
  }

  return (
    <section className="welcome-name-card" aria-labelledby="welcome-name-title">
      <h3 id="welcome-name-title">Welcome to Silk Ledger</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <AnalystNameField
          value={name}
          onChange={(value) => {
            setName(value);
            setError(undefined);
          }}
          error={error}
        />
        <div className="welcome-name-actions">
          <button type="submit" className="primary">
            Save
          </button>
          <button type="button" onClick={() => void skip()}>
            Skip
          </button>
        </div>
      </form>
      <p className="muted">
        Until then your changes are signed “Analyst”. You can give or change your name later under Data › Your name…
      </p>
    </section>
  );
}
