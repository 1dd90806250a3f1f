// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');

describe('the generated GraphQL code (web/src/gql, web/schema.graphql)', () => {
  it('is what `npm run codegen` makes from the current supergraph and operations', () => {
    const check = spawnSync(process.execPath, ['scripts/codegen.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
