import { useState } from 'react';

/** About a screenful of the pane; a longer value would push every field below it out of sight. */
const shownAtFirst = 1200;

/**
 * A field's value; one longer than a screenful shows its start and a button for the whole. The text
 * sits in <bdi>, so a direction control it leaves open ends with it and cannot reverse the button.
 */
export function LongText({ text }: { text: string }) {
  const [whole, setWhole] = useState(false);
  const characters = Array.from(text);
  if (whole || characters.length <= shownAtFirst) return <bdi className="field-value-text">{text}</bdi>;
  return (
    <>
      <bdi className="field-value-text">{characters.slice(0, shownAtFirst).join('')}</bdi>…
      <button type="button" className="show-whole-value" onClick={() => setWhole(true)}>
        Show all {characters.length.toLocaleString('en-US')} characters
      </button>
    </>
  );
}
