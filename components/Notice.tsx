import type { ReactNode } from 'react';

/** A calm, clearly labelled box for things a reader should know before relying on an answer. */
export function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="notice" aria-label={title}>
      <p className="notice-title">{title}</p>
      {children}
    </aside>
  );
}
