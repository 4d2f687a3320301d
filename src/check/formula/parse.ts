import { Decimal } from 'decimal.js';
import { JuesuanError } from '../../model/errors.js';
import { isTableId, type TableId } from '../../model/table.js';
import { msg } from '../../model/messages/index.js';

/**
 * 审核公式 (audit formulas): `左式 关系 右式` over cell references, e.g.
 * `t05[合计].基本支出 = t06[人员经费合计] + t06[公用经费合计]`. See docs/formulas.md.
 */
export type Relation = '=' | '<=' | '>=' | '<' | '>';

export type Expr =
  | { readonly kind: 'number'; readonly value: Decimal }
  | {
      readonly kind: 'ref';
      readonly table: TableId;
      readonly row: string;
      readonly column?: string;
      readonly text: string;
    }
  | { readonly kind: 'binary'; readonly op: '+' | '-' | '*' | '/'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'negate'; readonly operand: Expr };

export interface Formula {
  readonly text: string;
  readonly left: Expr;
  readonly relation: Relation;
  readonly right: Expr;
}

/** A formula that cannot be read; the message is Chinese and names the position. */
export class FormulaError extends JuesuanError {
  constructor(
    readonly formula: string,
    readonly position: number,
    reason: string,
  ) {
    super('formula', msg('config.formulaAt', { formula, position: position + 1, reason }));
    this.name = 'FormulaError';
  }
}

const RELATIONS: ReadonlyArray<readonly [string, Relation]> = [
  ['<=', '<='],
  ['>=', '>='],
  ['==', '='],
  ['≤', '<='],
  ['≥', '>='],
  ['=', '='],
  ['<', '<'],
  ['>', '>'],
];

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  fail(reason: string): never {
    throw new FormulaError(this.src, this.pos, reason);
  }

  skip(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] ?? '')) this.pos++;
  }

  peek(): string {
    this.skip();
    return this.src[this.pos] ?? '';
  }

  formula(): Formula {
    const left = this.expr();
    this.skip();
    const rel = RELATIONS.find(([t]) => this.src.startsWith(t, this.pos));
    if (!rel) this.fail('缺少关系符（=、<=、>=、<、>）');
    this.pos += rel[0].length;
    const right = this.expr();
    if (this.peek() !== '') this.fail(`多余的内容“${this.src.slice(this.pos)}”`);
    return { text: this.src, left, relation: rel[1], right };
  }

  expr(): Expr {
    let left = this.term();
    for (let c = this.peek(); c === '+' || c === '-'; c = this.peek()) {
      this.pos++;
      left = { kind: 'binary', op: c, left, right: this.term() };
    }
    return left;
  }

  term(): Expr {
    let left = this.factor();
    for (let c = this.peek(); c === '*' || c === '/' || c === '×' || c === '÷'; c = this.peek()) {
      this.pos++;
      const op = c === '×' ? '*' : c === '÷' ? '/' : c;
      left = { kind: 'binary', op, left, right: this.factor() };
    }
    return left;
  }

  factor(): Expr {
    const c = this.peek();
    if (c === '(' || c === '（') {
      this.pos++;
      const e = this.expr();
      const close = this.peek();
      if (close !== ')' && close !== '）') this.fail('缺少右括号');
      this.pos++;
      return e;
    }
    if (c === '-') {
      this.pos++;
      return { kind: 'negate', operand: this.factor() };
    }
    const num = /^\d+(?:\.\d+)?/.exec(this.src.slice(this.pos));
    if (num) {
      this.pos += num[0].length;
      return { kind: 'number', value: new Decimal(num[0]) };
    }
    return this.ref();
  }

  ref(): Expr {
    const start = this.pos;
    const m = /^([tbf]\d\d)\s*[[［]([^\]］]+)[\]］]/i.exec(this.src.slice(this.pos));
    if (!m) this.fail('应为数字、括号或单元格引用（如 t05[合计].基本支出）');
    const table = (m[1] ?? '').toLowerCase();
    if (!isTableId(table)) this.fail(`没有表“${m[1]}”（可用 t01…t11、b02、b03、f05、f06）`);
    this.pos += m[0].length;
    let column: string | undefined;
    if (this.src[this.pos] === '.' || this.src[this.pos] === '．') {
      this.pos++;
      const col = /^[^\s+\-*/×÷()（）=<>≤≥[\]]+/.exec(this.src.slice(this.pos));
      if (!col) this.fail('“.”之后应为栏目名称或栏目编号');
      column = col[0];
      this.pos += col[0].length;
    }
    const text = this.src.slice(start, this.pos);
    return { kind: 'ref', table, row: (m[2] ?? '').trim(), ...(column ? { column } : {}), text };
  }
}

export function parseFormula(text: string): Formula {
  if (text.trim() === '') throw new FormulaError(text, 0, msg('config.formulaEmpty'));
  return new Parser(text).formula();
}

/** Every cell reference of a formula, left to right. */
export function formulaRefs(f: Formula): Array<Extract<Expr, { kind: 'ref' }>> {
  const out: Array<Extract<Expr, { kind: 'ref' }>> = [];
  const walk = (e: Expr): void => {
    if (e.kind === 'ref') out.push(e);
    else if (e.kind === 'binary') {
      walk(e.left);
      walk(e.right);
    } else if (e.kind === 'negate') walk(e.operand);
  };
  walk(f.left);
  walk(f.right);
  return out;
}
