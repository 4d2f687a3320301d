import type { Disclosure, Metadata } from '../model/disclosure.js';
import type { WriterInput } from '../model/writer-input.js';
import type { ImportLimits } from '../model/limits.js';

/** Options every adapter understands: the file's name and the limits for reading it (model/limits.ts). */
export interface ReadOptions extends ImportLimits {
  /** Name recorded as the source file and used in messages. */
  readonly file: string;
  /**
   * The file is one of several that make up one disclosure (`juesuan parse FIRST --part SECOND`): it need not hold
   * every part (a narrative without tables, tables without a cover).
   */
  readonly partial?: boolean;
  /** For a further part: the first file's metadata, taken when the part has no cover of its own. */
  readonly partOf?: Metadata;
}

/**
 * What an importer gives back: a disclosure as it stands, or the writer's input (numbers, facts and reasons) for
 * the application core to compose. Importers never run the writer themselves.
 */
export type Imported =
  | { readonly kind: 'disclosure'; readonly doc: Disclosure }
  | {
      readonly kind: 'writer-input';
      readonly input: WriterInput;
      /**
       * Called with the composed disclosure: an importer that knows where each fact was typed (a template's cell)
       * throws an IngestError naming the cells to fill when the writer found something missing.
       */
      readonly review?: (composed: Disclosure) => void;
    };

export type IngestFormat = 'text' | 'pdf' | 'xlsx' | 'json' | 'docx' | 'html';

/** An import adapter: bytes of one format → a disclosure or the writer's input. */
export interface IngestAdapter {
  readonly format: IngestFormat;
  readonly extensions: readonly string[];
  read(bytes: Uint8Array, options: ReadOptions): Promise<Imported>;
}

export const imported = (doc: Disclosure): Imported => ({ kind: 'disclosure', doc });
