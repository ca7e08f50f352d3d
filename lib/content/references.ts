import { closestMatch, type ContentIssue } from './issues';

/** Checks that `value` names one of `allowed`, with a message that lists them. */
export function checkReference(
  value: string,
  allowed: readonly string[],
  where: { file: string; line: number; field: string; code: string; what: string },
): ContentIssue[] {
  if (allowed.includes(value)) return [];
  return [{
    file: where.file,
    line: where.line,
    field: where.field,
    code: where.code,
    message: `'${value}' is not ${where.what}`,
    allowed,
    suggestion: closestMatch(value, allowed),
    severity: 'error',
  }];
}

/** Reports every value that appears more than once, at each later occurrence. */
export function findDuplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  where: (item: T) => { file: string; line: number; field: string },
  code: string,
): ContentIssue[] {
  const firstSeen = new Map<string, T>();
  const issues: ContentIssue[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const first = firstSeen.get(key);
    if (first === undefined) {
      firstSeen.set(key, item);
      continue;
    }
    const original = where(first);
    issues.push({
      ...where(item),
      code,
      message: `'${key}' is already used at ${original.file}:${original.line}; each must be unique`,
      severity: 'error',
    });
  }
  return issues;
}
