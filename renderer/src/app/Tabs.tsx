import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDefinition<T extends string> {
  readonly id: T;
  readonly label: string;
}

/**
 * An ARIA tab list: the selected tab is in the focus order, arrow keys (and Home/End) move
 * between tabs and select them, the panel is labelled by its tab.
 */
export function Tabs<T extends string>({ label, tabs, selected, onSelect, idPrefix, children }: {
  readonly label: string;
  readonly tabs: readonly TabDefinition<T>[];
  readonly selected: T;
  readonly onSelect: (tab: T) => void;
  readonly idPrefix: string;
  readonly children: ReactNode;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#${idPrefix}-tab-${tab.id}`)?.focus();
  };
  return (
    <>
      <div ref={list} role="tablist" aria-label={label} className="tab-list" onKeyDown={move}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={`${idPrefix}-tab-${selected}`} className="tab-panel">
        {children}
      </div>
    </>
  );
}
