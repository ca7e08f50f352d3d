import type { ReactNode } from 'react';

export interface FilterOption {
  value: string;
  label: string;
}

/** One filter as a plain select: the island adds result counts to its options. */
export function SearchFilter({ name, label, anyLabel, options }: { name: string; label: string; anyLabel: string; options: FilterOption[] }): ReactNode {
  return (
    <div className="filter">
      <label htmlFor={`search-${name}`}>{label}</label>
      <select id={`search-${name}`} name={name} defaultValue="">
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} data-label={option.label}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
