import { useRef, useState } from 'react';
import { ContextMenu } from '../../ui/ContextMenu';
import { facetLabels } from './filterChips';
import type { Facet } from './recordFilter';

interface AddFilterMenuProps {
  /** The facets with no chip yet. */
  facets: Facet[];
  /** Whether deleted records are already shown: then the menu does not offer them. */
  showingDeleted: boolean;
  onChoose: (facet: Facet, anchor: HTMLElement) => void;
  onShowDeleted: () => void;
}

/** "Add filter": a menu of the facets not in use; choosing one opens its editor under the button. */
export function AddFilterMenu({ facets, showingDeleted, onChoose, onShowDeleted }: AddFilterMenuProps) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [position, setPosition] = useState<{ x: number; y: number }>();
  const items = [
    ...facets.map((facet) => ({ label: facetLabels[facet], run: () => onChoose(facet, buttonRef.current!) })),
    ...(showingDeleted ? [] : [{ label: 'Deleted records', run: onShowDeleted }]),
  ];

  function open() {
    const box = buttonRef.current!.getBoundingClientRect();
    setPosition({ x: box.left, y: box.bottom + 4 });
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="add-filter"
        aria-haspopup="menu"
        aria-expanded={position !== undefined}
        disabled={items.length === 0}
        // While the menu is open, a press on the button must reach onClick to close it, not the
        // menu's close-on-press-outside, after which the click would open it again.
        onMouseDown={(event) => position && event.stopPropagation()}
        onClick={() => (position ? setPosition(undefined) : open())}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowDown') return;
          event.preventDefault();
          open();
        }}
      >
        <span aria-hidden="true">+</span> Add filter
      </button>
      {position && (
        <ContextMenu
          label="Add filter"
          x={position.x}
          y={position.y}
          items={items}
          onClose={() => {
            setPosition(undefined);
            buttonRef.current?.focus();
          }}
        />
      )}
    </>
  );
}
