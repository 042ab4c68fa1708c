import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/commands/index.js';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('starts with the two commands a newcomer needs', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(firstBlock).toContain('npm ci && npx vardekollen check examples/');
    expect(firstBlock).toContain('npm ci && npm test');
  });

  it('documents every command of the CLI', () => {
    for (const command of COMMANDS) expect(readme, command.name).toContain(`### \`vardekollen ${command.name}`);
  });

  it('refers only to example files that exist', () => {
    for (const [, file] of readme.matchAll(/examples\/([\w.-]+\.(?:docx|pdf|txt))/g)) expect(() => readFileSync(`examples/${file}`)).not.toThrow();
  });
});
