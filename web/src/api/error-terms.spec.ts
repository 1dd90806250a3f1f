import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_CODE, ERROR_REASON } from '@points/terms';
import { describe, expect, it } from 'vitest';
import { refusalSentence } from './problem';

// The sources every refusal comes from: the services' and libs' module exceptions (their code
// enums, sent as `extensions.reason`) and the GraphQL codes of libs/errors and the gateway (sent
// as `extensions.code`). Read as text, so a new exception or code anywhere is seen here.
const ROOT = join(__dirname, '../../..');

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'dist') out.push(...sourcesUnder(path));
    } else if (name.endsWith('.ts') && !/\.(spec|integration-spec|e2e-spec|bench)\.ts$/.test(name)) {
      out.push(path);
    }
  }
  return out;
}

const sources = ['services', 'libs', 'gateway/src'].flatMap((d) => sourcesUnder(join(ROOT, d)));
const texts = new Map(sources.map((path) => [path, readFileSync(path, 'utf8')]));

function enumValues(name: string): string[] {
  for (const text of texts.values()) {
    const body = new RegExp(`export enum ${name} \\{([^}]*)\\}`).exec(text)?.[1];
    if (body) return [...body.matchAll(/=\s*'([A-Z0-9_]+)'/g)].map((m) => m[1]!);
  }
  throw new Error(`enum ${name} not found`);
}

/** Every module code: the enum (or literal) each `extends AppException<…>` class is typed with. */
function reasonCodes(): Array<{ code: string; from: string }> {
  const found: Array<{ code: string; from: string }> = [];
  for (const [path, text] of texts) {
    for (const m of text.matchAll(/extends AppException<([^>]+)>/g)) {
      const type = m[1]!.trim();
      const literals = [...type.matchAll(/'([A-Z0-9_]+)'/g)].map((l) => l[1]!);
      const codes = literals.length > 0 ? literals : enumValues(type);
      for (const code of codes) found.push({ code, from: relative(ROOT, path) });
    }
  }
  return found;
}

/** Every GraphQL code: libs/errors' enum and the literals the gateway and the subgraph core send. */
function graphqlCodes(): string[] {
  const literals = [...texts.entries()]
    .filter(([path]) => /gateway\/src|libs\/subgraph\/src/.test(path))
    .flatMap(([, text]) => [...text.matchAll(/\bcode: '([A-Z_]+)'/g)].map((m) => m[1]!));
  return [...new Set([...enumValues('GraphQLErrorCode'), ...literals])];
}

const hasBoth = (terms: readonly [string, string] | undefined): boolean =>
  !!terms && /[\u4e00-\u9fff]/.test(terms[0]) && /^[\x20-\x7e’]+$/.test(terms[1]);

describe('refusal sentences', () => {
  it('reads every module exception of the platform (not an empty list)', () => {
    const reasons = reasonCodes();
    expect(new Set(reasons.map((r) => r.from)).size).toBeGreaterThan(12);
    expect(reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['STALE_VERSION', 'ALREADY_ASSIGNED', 'EMPLOYER_NOT_FOUND', 'INVALID_INPUT']),
    );
  });

  it('has a Chinese and an English sentence for every module code any subgraph can send', () => {
    const terms: Readonly<Record<string, readonly [string, string] | undefined>> = ERROR_REASON;
    const missing = reasonCodes().filter(({ code }) => !hasBoth(terms[code]));
    expect(missing).toEqual([]);
  });

  it('has a Chinese and an English sentence for every GraphQL code, the gateway’s own included', () => {
    const codes = graphqlCodes();
    expect(codes).toEqual(expect.arrayContaining(['CONFLICT', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE']));
    const terms: Readonly<Record<string, readonly [string, string] | undefined>> = ERROR_CODE;
    expect(codes.filter((code) => !hasBoth(terms[code]))).toEqual([]);
  });

  it('picks the reason’s sentence over the code’s, and a server error’s for a code it does not know', () => {
    expect(refusalSentence({ code: 'CONFLICT', reason: 'OPEN_APPLICATION_EXISTS' }, 'zh')).toBe(
      '已有一份办理中的申请，不能重复申请。',
    );
    expect(refusalSentence({ code: 'CONFLICT', reason: 'SOMETHING_NEW' }, 'zh')).toBe(
      '数据已被他人修改或状态已变化，请刷新后重试。',
    );
    expect(refusalSentence({ code: 'FORBIDDEN' }, 'en')).toBe('You may not do this.');
    expect(refusalSentence({ code: 'FROM_A_NEWER_SERVER' }, 'zh')).toBe('系统繁忙，请稍后再试。');
  });
});
