import type { DocumentInfo } from './api/types';

/** A document as GET /api/documents lists it (component and selection tests). */
export function documentInfo(
  fields: Partial<Omit<DocumentInfo, 'latest'>> & Pick<DocumentInfo, 'organisation' | 'year' | 'kind'>,
  summary: Partial<DocumentInfo['latest']['summary']> = {},
): DocumentInfo {
  return {
    id: 1,
    region: null,
    scope: '部门',
    versions: 1,
    ...fields,
    latest: {
      number: 1,
      createdAt: '2026-12-03T06:48:59.211Z',
      summary: { error: 0, warning: 0, info: 0, ...summary },
      published: true,
    },
  };
}
