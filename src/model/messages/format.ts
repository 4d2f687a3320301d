/**
 * Placeholders are ESLint's `{{name}}` (rule messages use the same), filled from the message's data. A
 * placeholder without data is left visible, so a test catches it rather than a user reading an empty gap.
 */
export function interpolate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (all, name: string) => (name in data ? String(data[name]) : all));
}

/** The placeholder names of a template, in order of first appearance. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? ''))];
}

/** The placeholder names of a template literal type: `'{{a}}与{{b}}'` → `'a' | 'b'`. */
export type Placeholders<T extends string> = T extends `${string}{{${infer P}}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;
