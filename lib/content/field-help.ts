import type { z } from 'zod';

/**
 * What a schema says of its fields, for the templates editors fill in: each field's description
 * and the values it allows, read from the one definition in schema.ts.
 */
export interface FieldHelp {
  name: string;
  description: string;
  optional: boolean;
  /** The values an enum field allows. */
  allowed?: readonly string[];
}

function unwrap(schema: z.ZodType): z.ZodType {
  const inner = (schema as { def?: { innerType?: z.ZodType; out?: z.ZodType } }).def;
  return inner?.innerType ? unwrap(inner.innerType) : inner?.out ? unwrap(inner.out) : schema;
}

export function fieldsOf(schema: z.ZodObject): FieldHelp[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const base = unwrap(field);
    const options = (base as { options?: readonly unknown[] }).options;
    return {
      name,
      description: field.description ?? '',
      optional: field.safeParse(undefined).success,
      ...(Array.isArray(options) && options.every((o) => typeof o === 'string') ? { allowed: options as string[] } : {}),
    };
  });
}
