// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Organization } from '@shared/model/organization';
import { Combobox } from '../../ui/form/Combobox';
import { emptyRecordInputs } from './formValues';
import { CREATE_KEY, organizationSuggestions } from './organizationSuggestions';

// Tells React that these tests wait for its work with act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function organization(id: string, name: string): Organization {
  const stamp = '2025-01-01T00:00:00.000Z';
  return { ...emptyRecordInputs.organizations, name, id, createdAt: stamp, updatedAt: stamp, deletedAt: null };
}
const huawei = organization('00000000-0000-4000-8000-000000000001', 'Huawei Technologies');
const organizations = [huawei, organization('00000000-0000-4000-8000-000000000002', 'Uzbektelecom')];

/** The picker's list and keys, as OrganizationPicker puts them together, without the store around it. */
function Picker({ onChoose }: { onChoose: (key: string) => void }) {
  const [text, setText] = useState('');
  return (
    <Combobox
      attributes={{ id: 'party', 'aria-invalid': undefined, 'aria-describedby': undefined }}
      text={text}
      options={organizationSuggestions(text, organizations)}
      onTextChange={setText}
      onChoose={onChoose}
      onLeave={() => undefined}
    />
  );
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function type(input: HTMLInputElement, text: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
function press(input: HTMLInputElement, key: string) {
  act(() => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

describe('the organization picker from the keyboard', () => {
  it('lists the existing match before “Create …”, highlights nothing while typing, and ArrowDown+Enter picks the match', () => {
    const chosen: string[] = [];
    act(() => root.render(<Picker onChoose={(key) => chosen.push(key)} />));
    const input = container.querySelector('input')!;
    type(input, 'Huaw');
    const options = [...container.querySelectorAll('[role="option"]')].map((option) => option.textContent);
    expect(options).toEqual(['Huawei Technologies Private company', 'Create organization “Huaw”']);
    expect(input.getAttribute('aria-activedescendant')).toBeNull();

    press(input, 'ArrowDown');
    press(input, 'Enter');
    expect(chosen).toEqual([huawei.id]);
  });

  it('reaches “Create …” with one more ArrowDown, and Enter before any arrow chooses nothing', () => {
    const chosen: string[] = [];
    act(() => root.render(<Picker onChoose={(key) => chosen.push(key)} />));
    const input = container.querySelector('input')!;
    type(input, 'Huaw');
    press(input, 'Enter');
    expect(chosen).toEqual([]);
    press(input, 'ArrowDown');
    press(input, 'ArrowDown');
    press(input, 'Enter');
    expect(chosen).toEqual([CREATE_KEY]);
  });
});
