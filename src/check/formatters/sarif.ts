import type { Finding, Location } from '../../model/finding.js';
import { RULES } from '../rules/index.js';
import { coverageLine } from '../coverage.js';
import type { Formatter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const SRCROOT = '%SRCROOT%';

/**
 * The file as SARIF wants it: a relative path (as given on the command line) is a relative URI against %SRCROOT%;
 * an absolute one a file URI. Always the report's file, with its folders — a source's file is only its name.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${encodeURI(path)}` };
  if (path.startsWith('/')) return { uri: `file://${encodeURI(path)}` };
  return { uri: encodeURI(path.replace(/^\.\//, '')), uriBaseId: SRCROOT };
}

/**
 * The file a location is in: the report's file (with its folders) unless the source names another file (a part
 * of the document read from a separate file), which is taken to lie in the same folder.
 */
function sourcePath(file: string, loc: Location | undefined): string {
  const named = loc?.source?.file;
  const slash = file.replace(/\\/g, '/').lastIndexOf('/');
  if (!named || named === file.slice(slash + 1)) return file;
  return slash >= 0 ? `${file.slice(0, slash + 1)}${named}` : named;
}

function physical(file: string, loc: Location | undefined) {
  const line = loc?.source?.line;
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(sourcePath(file, loc)),
      ...(line !== undefined
        ? { region: { startLine: line, ...(loc?.source?.endLine ? { endLine: loc.source.endLine } : {}) } }
        : {}),
    },
    ...(loc?.source?.page !== undefined ? { properties: { page: loc.source.page } } : {}),
  };
}

function logical(loc: Location | undefined) {
  if (!loc) return [];
  if (loc.table)
    return [{ name: [loc.table, loc.rowCode ?? loc.rowKey, loc.column].filter(Boolean).join('/'), kind: 'table cell' }];
  if (loc.sectionPath) return [{ fullyQualifiedName: loc.sectionPath.join(' › '), kind: 'section' }];
  if (loc.project) return [{ name: loc.project, kind: 'project' }];
  return [];
}

function result(file: string, f: Finding) {
  const loc = f.locations[0];
  const logicalLocations = logical(loc);
  return {
    ruleId: f.ruleId,
    level: LEVEL[f.severity],
    ...(f.fingerprint ? { partialFingerprints: { 'juesuanFingerprint/v1': f.fingerprint } } : {}),
    message: { text: f.message },
    locations: [{ ...physical(file, loc), ...(logicalLocations.length ? { logicalLocations } : {}) }],
    ...(f.related?.length
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            ...physical(file, r),
            message: { text: [r.table, r.rowCode ?? r.rowKey, r.columnLabel ?? r.column].filter(Boolean).join(' ') },
          })),
        }
      : {}),
    properties: {
      ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
      ...(f.data ?? {}),
    },
  };
}

/** SARIF 2.1.0: one run of the tool "juesuan" with the rules' metadata and one result per finding. */
export const formatSarif: Formatter = (reports, options = {}) => {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'juesuan',
            informationUri: 'https://github.com/juesuan/juesuan',
            rules: RULES.map((r) => ({
              id: r.meta.id,
              name: r.meta.id,
              shortDescription: { text: r.meta.title },
              fullDescription: { text: r.meta.description },
              defaultConfiguration: { level: LEVEL[r.meta.defaultSeverity] },
            })),
          },
        },
        ...(options.baseUri ? { originalUriBaseIds: { [SRCROOT]: { uri: options.baseUri } } } : {}),
        artifacts: reports.map((r) => ({ location: artifactLocation(r.file) })),
        // SARIF notifications: what could not be checked, one per file with gaps (tool execution notifications).
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: reports.flatMap((r) => {
              const text = r.coverage && coverageLine(r.coverage);
              return text
                ? [
                    {
                      level: 'warning',
                      message: { text },
                      locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.file) } }],
                      properties: { coverage: r.coverage },
                    },
                  ]
                : [];
            }),
          },
        ],
        results: reports.flatMap((r) => r.findings.map((f) => result(r.file, f))),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
};
