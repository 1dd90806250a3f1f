import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, validate } from 'graphql';
import { loadApiSchema } from '../support/authorization-matrix';

// The README's GraphQL examples are what a newcomer pastes first: each one must be valid against
// the supergraph the gateway serves, so a schema change that breaks one fails here.
const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
// Each block holds one or more documents, each introduced by a `# ROLE: …` comment line.
const examples = blocks.flatMap((block) =>
  block
    .split(/\n(?=#)/)
    .map((part) => part.trim())
    .filter((part) => /[{]/.test(part))
    .map((part) => ({ title: part.split('\n')[0] ?? part, document: part })),
);

describe('README GraphQL examples', () => {
  const schema = loadApiSchema();

  it('has an example for every role and for the public', () => {
    const titles = examples.map((e) => e.title).join('\n');
    for (const role of [
      'PUBLIC',
      'EMPLOYER_HR',
      'APPLICANT',
      'CENTRE_OFFICER',
      'CENTRE_SUPERVISOR',
      'CITY_VERIFIER',
      'HRSS_ADMIN',
    ]) {
      expect(titles).toContain(role);
    }
  });

  it.each(examples.map((e) => [e.title, e.document] as const))(
    '%s is valid against the supergraph',
    (_title, document) => {
      expect(validate(schema, parse(document)).map((error) => error.message)).toEqual([]);
    },
  );
});
