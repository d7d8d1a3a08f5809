/** The subset of JSON Schema (draft 7) the workspace schemas use. */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | ('string' | 'integer' | 'null')[];
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  enum?: (string | number | boolean | null)[];
  const?: string;
  required?: string[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  if?: JsonSchema;
  then?: JsonSchema;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
}

export const str = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'string', description, ...extra });
export const int = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'integer', description, ...extra });
export const bool = (description: string): JsonSchema => ({ type: 'boolean', description });
export const obj = (description: string, properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  description,
  properties,
  ...extra,
});
export const arr = (description: string, items: JsonSchema): JsonSchema => ({ type: 'array', description, items });
export const stringMap = (description: string): JsonSchema => ({ type: 'object', description, additionalProperties: { type: 'string' } });
