import type { Status } from '../content/schema';

/** Responses that only promise a later answer. Each pattern is a phrase the documents use. */
export const DEFERRAL_PATTERNS: readonly RegExp[] = [
  /\b(?:will|shall) (?:be )?address(?:ed)?\b.*\b(?:future|follow[- ]up|next) (?:forum|meeting)/i,
  /\blook into this and feed ?back\b/i,
  /\bwill (?:respond|reply|answer) (?:to this )?(?:at|in) (?:a|the) (?:future|later|next)\b/i,
];

/** A response that is empty has no response; one that only promises a later answer is deferred. */
export function statusFor(response: string): Status {
  if (response.trim() === '') return 'no-response';
  return DEFERRAL_PATTERNS.some((pattern) => pattern.test(response)) ? 'deferred' : 'answered';
}
