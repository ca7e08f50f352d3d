import type { z } from 'zod';
import { closestMatch, type ContentIssue } from './issues';
import { fieldName } from './field-name';
import type { YamlText } from './yaml-text';

function describe(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
}

/** Turns one zod issue into an editor's message: what is wrong and what is allowed. */
function toContentIssue(issue: z.core.$ZodIssue, yaml: YamlText, file: string, shape: readonly string[]): ContentIssue[] {
  const base = { file, severity: 'error' as const };
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        ...base,
        line: yaml.lineOf([...issue.path, key]),
        field: fieldName([...issue.path, key]),
        code: 'unknown-field',
        message: 'is not a field we know',
        allowed: shape,
        suggestion: closestMatch(key, shape),
      }));
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (input === undefined) return [{ ...base, line: yaml.lineOf(issue.path), field: fieldName(issue.path), code: 'missing-field', message: 'is missing', allowed }];
      return [{
        ...base,
        line: yaml.lineOf(issue.path),
        field: fieldName(issue.path),
        code: 'not-allowed',
        message: `${describe(input)} is not one of the allowed values`,
        allowed,
        suggestion: typeof input === 'string' ? closestMatch(input, allowed) : undefined,
      }];
    }
    case 'invalid_type':
      return [{
        ...base,
        line: yaml.lineOf(issue.path),
        field: fieldName(issue.path),
        code: input === undefined ? 'missing-field' : 'wrong-type',
        message: input === undefined ? 'is missing' : `must be ${issue.expected}, not ${describe(input)}`,
      }];
    case 'too_small':
      return [{
        ...base,
        line: yaml.lineOf(issue.path),
        field: fieldName(issue.path),
        code: 'empty',
        message:
          issue.origin === 'array'
            ? 'must list at least one value'
            : issue.origin === 'string'
              ? 'is empty'
              : `must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${String(issue.minimum)}`,
      }];
    default: {
      const params = (issue as { params?: { allowed?: string } }).params;
      return [{
        ...base,
        line: yaml.lineOf(issue.path),
        field: fieldName(issue.path),
        code: issue.code === 'custom' ? 'invalid-value' : issue.code.replaceAll('_', '-'),
        message: issue.message,
        allowed: params?.allowed ? [params.allowed] : undefined,
      }];
    }
  }
}

/** Validates parsed YAML against a schema, returning the data or every problem with its line. */
export function validateYaml<T extends z.ZodObject>(
  schema: T,
  yaml: YamlText,
  value: unknown,
  file: string,
  pathPrefix: readonly PropertyKey[] = [],
): { data: z.infer<T>; issues: [] } | { data: undefined; issues: ContentIssue[] } {
  const shape = Object.keys(schema.shape);
  if (value === null || value === undefined) {
    // An empty frontmatter or file: say what it needs, not that null is not an object.
    const required = shape.filter((key) => !schema.shape[key]!.safeParse(undefined).success);
    return { data: undefined, issues: [{ file, line: yaml.lineOf(pathPrefix), field: fieldName(pathPrefix), code: 'empty', message: `is empty; it needs these fields: ${required.join(', ')}`, severity: 'error' }] };
  }
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { data: result.data, issues: [] };
  const issues = result.error.issues.flatMap((issue) =>
    toContentIssue({ ...issue, path: [...pathPrefix, ...issue.path] } as z.core.$ZodIssue, yaml, file, shape),
  );
  return { data: undefined, issues };
}
