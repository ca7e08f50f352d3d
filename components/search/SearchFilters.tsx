import type { ReactNode } from 'react';
import { filterId, type FilterName } from '@/lib/search/facets';

export interface FilterOption {
  value: string;
  label: string;
  /** A shorter name for the filters' summary ("Kent" for Kent County Council). */
  short?: string;
}

/** One filter as a plain select: the island adds result counts to its options. */
export function SearchFilter({
  name,
  label,
  anyLabel,
  options,
}: {
  name: FilterName;
  label: string;
  anyLabel: string;
  options: FilterOption[];
}): ReactNode {
  return (
    <div className="filter">
      <label htmlFor={filterId(name)}>{label}</label>
      <select id={filterId(name)} name={name} defaultValue="">
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} data-label={option.label} data-short={option.short}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
