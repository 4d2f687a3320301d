import type { Finding, Location } from '../../model/finding.js';
import { RULES } from '../rules/index.js';
import { coverageLine } from '../coverage.js';
import type { Formatter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function physical(file: string, loc: Location | undefined) {
  const line = loc?.source?.line;
  return {
    physicalLocation: {
      artifactLocation: { uri: loc?.source?.file ?? file },
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
export const formatSarif: Formatter = (reports) => {
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
        artifacts: reports.map((r) => ({ location: { uri: r.file } })),
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
                      locations: [{ physicalLocation: { artifactLocation: { uri: r.file } } }],
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
