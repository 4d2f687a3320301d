import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { listMessages } from '../src/app/messages.js';
import { MESSAGES, msg, placeholders, type MessageId } from '../src/model/messages/index.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const HAN = /[\u4e00-\u9fff]/;

/**
 * The Latin words a Chinese message may contain: names of formats, programs, fields, options and environment
 * variables, as the user types or sees them. An English sentence slipping into a message brings new words
 * ("invalid", "the") and fails the test below.
 */
const NAMES = new Set(
  `A API Authorization B Bearer DATABASE_URL GB18030/GBK JSON JUESUAN_DEBUG KB KB/MB/GB PDF PDFium PostgreSQL
  ToUnicode UTF-16 UTF-8 WPS Word Word/Excel Word/WPS XXXX allow-errors api/docs batch bytea data.detail datapackage.json
  doc docx false file html format formulas jobs json juesuan juesuan/disclosure@1 juesuan/writer-input@1 kind limit
  limits. meta meta.fiscalYear meta.layout meta.name meta/layout multipart/form-data null o org organisation
  overview parent part pdf pid publish rank region s/m scope serve tables/ to true true/false txt
  word/document.xml xlsx year`.split(/\s+/),
);

function latinWords(template: string): string[] {
  return template.replace(/\{\{[^}]*\}\}/g, ' ').match(/[A-Za-z][A-Za-z0-9_.\-/@:]*/g) ?? [];
}

/** A frame ("{{file}}：{{problems}}") only punctuates other messages; anything else must say something in Chinese. */
function isFrame(template: string): boolean {
  return /^[\s\p{P}]*$/u.test(template.replace(/\{\{[^}]*\}\}/g, '').replace(/juesuan/g, ''));
}

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}${e.name}`;
    if (e.isDirectory()) return e.name === '__tests__' ? [] : sourceFiles(`${path}/`);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const FILES = sourceFiles().map((path) => {
  const text = readFileSync(path, 'utf8');
  return { file: path.slice(SRC.length - 4), source: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true) };
});

function walk(node: ts.Node, visit: (n: ts.Node) => boolean | void): void {
  if (visit(node) === false) return;
  ts.forEachChild(node, (c) => walk(c, visit));
}

const isText = (n: ts.Node): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n);

/** Where a string reaches a person: an error's message, a line printed, a reply's `message`. */
const PRINT = /^(process\.(stderr|stdout)\.write|console\.\w+|writeOut|\w+\.error|(request\.)?log\.\w+)$/;

/** Literals with Chinese words written straight into an error, a printed line or a reply, outside the catalogue. */
function inlineSentences(): string[] {
  const found: string[] = [];
  for (const { file, source } of FILES) {
    if (file.startsWith('src/model/messages/') || file.startsWith('src/check/rules/')) continue;
    const report = (n: ts.Node, where: string) =>
      walk(n, (c) => {
        if (!isText(c)) return;
        if (HAN.test(c.getText())) {
          const line = source.getLineAndCharacterOfPosition(c.getStart()).line + 1;
          found.push(`${file}:${line} ${where} ${c.getText().slice(0, 60)}`);
        }
        return false;
      });
    walk(source, (n) => {
      if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) {
        for (const a of n.arguments ?? []) report(a, `new ${n.expression.getText()}`);
        return false;
      }
      if (
        ts.isCallExpression(n) &&
        (PRINT.test(n.expression.getText()) || n.expression.kind === ts.SyntaxKind.SuperKeyword)
      ) {
        for (const a of n.arguments) report(a, n.expression.getText());
        return false;
      }
      if (ts.isPropertyAssignment(n) && n.name.getText() === 'message' && isText(n.initializer)) {
        report(n.initializer, 'message:');
      }
      return undefined;
    });
  }
  return found;
}

/** Every `msg(id, data)` call: its id and the names its data object gives. */
function msgCalls(): { at: string; id: string; names: string[] | undefined }[] {
  const calls: { at: string; id: string; names: string[] | undefined }[] = [];
  for (const { file, source } of FILES) {
    walk(source, (n) => {
      if (!ts.isCallExpression(n) || n.expression.getText() !== 'msg') return;
      const [id, data] = n.arguments;
      if (!id || !ts.isStringLiteral(id)) return; // a computed id is typed by MessageId
      const line = source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      const names =
        data === undefined
          ? []
          : ts.isObjectLiteralExpression(data)
            ? data.properties.map((p) => p.name?.getText() ?? '…')
            : undefined;
      calls.push({ at: `${file}:${line}`, id: id.text, names });
    });
  }
  return calls;
}

describe('the message catalogue (src/model/messages)', () => {
  const entries = listMessages();

  it('lists the catalogue and every rule’s messages, each id once', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(entries.filter((e) => e.origin === 'catalogue').length).toBe(Object.keys(MESSAGES).length);
    expect(ids).toContain('rule:sum/balance#mismatch');
    expect(ids).toContain('ingest.tooLarge');
  });

  it('every message is Chinese: Han characters, and Latin only for names of formats, fields and options', () => {
    const notChinese = entries.filter(
      (e) => !HAN.test(e.template) && !(e.origin === 'catalogue' && isFrame(e.template)),
    );
    expect(notChinese.map((e) => e.id)).toEqual([]);
    const english = entries.flatMap((e) =>
      latinWords(e.template)
        .filter((w) => !NAMES.has(w))
        .map((w) => `${e.id}: ${w}`),
    );
    expect(english).toEqual([]);
  });

  it('placeholders are {{name}} only (no stray braces or ${} left from a template literal)', () => {
    for (const e of entries) {
      const filled = e.template.replace(/\{\{\s*[\w.]+\s*\}\}/g, '');
      expect(filled, e.id).not.toMatch(/[{}]|\$\{/);
    }
  });

  it('every msg() call names a catalogue message and supplies exactly its placeholders', () => {
    const calls = msgCalls();
    expect(calls.length).toBeGreaterThan(150);
    const wrong = calls.flatMap(({ at, id, names }) => {
      const template = (MESSAGES as Readonly<Record<string, string>>)[id];
      if (template === undefined) return [`${at}: no message “${id}”`];
      if (names === undefined) return []; // data built elsewhere: the compiler checks its type
      const wanted = placeholders(template);
      const missing = wanted.filter((p) => !names.includes(p));
      const extra = names.filter((n) => !wanted.includes(n));
      return missing.length + extra.length > 0 ? [`${at} ${id}: missing ${missing.join()} extra ${extra.join()}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('every catalogue message is used somewhere (no dead entries)', () => {
    const used = new Set(msgCalls().map((c) => c.id));
    const computed = FILES.some(({ source }) => source.text.includes("'ingest.json.type.integer'"));
    const unused = Object.keys(MESSAGES).filter(
      (id) => !used.has(id) && !(computed && id.startsWith('ingest.json.type.')),
    );
    expect(unused).toEqual([]);
  });

  it('msg fills the data in; the compiler refuses missing data', () => {
    expect(msg('ingest.tooLarge', { size: '3 MB', limit: '1 MB' })).toBe('文件过大（3 MB），超过上限 1 MB');
    expect(msg('ingest.empty')).toBe('文件为空');
    // @ts-expect-error — the data must name `limit` too
    expect(msg('ingest.tooLarge', { size: '3 MB' })).toContain('{{limit}}');
    const id: MessageId = 'server.noDocument';
    expect(msg(id, { id: 7 })).toBe('没有编号为 7 的文档');
  });

  /**
   * The lint: a sentence written straight into `throw new XError('…')`, `process.stderr.write('…')` or a reply's
   * `message: '…'` is one a translator, a doc or a test of the catalogue never sees. Files other helpers own this
   * session still hold some (counted here, so the list can only shrink).
   */
  it('no user-visible sentence is written inline outside the catalogue', () => {
    const LEFT: Readonly<Record<string, number>> = {
      'src/ingest/xlsx/index.ts': 10,
      'src/render/pdf/index.ts': 4,
      'src/render/xlsx/index.ts': 1,
      'src/server/routes/web.ts': 1,
    };
    const found = inlineSentences();
    const byFile = new Map<string, number>();
    for (const f of found) byFile.set(f.split(':')[0] ?? '', (byFile.get(f.split(':')[0] ?? '') ?? 0) + 1);
    const unexpected = found.filter((f) => {
      const file = f.split(':')[0] ?? '';
      return (byFile.get(file) ?? 0) > (LEFT[file] ?? 0);
    });
    expect(unexpected, 'move these sentences into src/model/messages and call msg()').toEqual([]);
  });
});
