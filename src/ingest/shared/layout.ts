import type { Finding } from '../../model/finding.js';
import type { LayoutDetection } from '../../model/layouts/detect.js';
import { msg } from '../../model/messages/index.js';

/**
 * What an importer says about the layout it detected: nothing for a known layout; for the generic one, that the
 * document was read by its tables' titles and headers and that no layout-specific check will run.
 */
export function layoutDiagnostics(detection: LayoutDetection, file: string): Finding[] {
  if (!detection.layout.generic) return [];
  return [
    {
      ruleId: 'import/layout-unknown',
      severity: 'warning',
      message: msg('import.layoutUnknown', { reason: detection.reason }),
      locations: [{ source: { file } }],
    },
  ];
}
