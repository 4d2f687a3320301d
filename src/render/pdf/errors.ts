import { JuesuanError } from '../../model/errors.js';

/** PDF output is impossible on this machine (no Chromium); the message says what to install. */
export class PdfUnavailableError extends JuesuanError {
  constructor(message: string) {
    super('render/pdf-unavailable', message);
    this.name = 'PdfUnavailableError';
  }
}
