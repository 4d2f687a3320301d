import { XMLParser, XMLValidator } from 'fast-xml-parser';

const propertiesParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  isArray: (name) => name === 'property',
});

/** Custom document properties (docProps/custom.xml) as name → text value (string properties only). */
export function customProperties(xml: string): Record<string, string> {
  const out: Record<string, string> = {};
  // Unreadable properties are no reason to refuse the document: they only declare its layout and region.
  if (XMLValidator.validate(xml) !== true) return out;
  const parsed: unknown = propertiesParser.parse(xml);
  const props = (parsed as { Properties?: { property?: unknown[] } }).Properties?.property ?? [];
  for (const p of props) {
    const { name, 'vt:lpwstr': value } = p as { name?: unknown; 'vt:lpwstr'?: unknown };
    if (typeof name === 'string' && (typeof value === 'string' || typeof value === 'number')) out[name] = String(value);
  }
  return out;
}
