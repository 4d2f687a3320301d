/** PDF output is impossible on this machine (no Chromium); the message says what to install. */
export class PdfUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfUnavailableError';
  }
}
