import { readFileSync } from 'node:fs';
import { createLinter, loadTextlintrc } from 'textlint';
import { caseArgs, median, reportCase } from '../harness.js';

/** textlint with textlint-rule-prh and the same substitution list over the same text, warm. */
const args = caseArgs();
const text = readFileSync(args['file'] ?? '', 'utf8');
const runs = Number(args['runs'] ?? 5);
const descriptor = await loadTextlintrc({ configFilePath: args['config'] ?? '' });
const linter = createLinter({ descriptor });
let result = await linter.lintText(text, 'bench.txt'); // warm-up
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  result = await linter.lintText(text, 'bench.txt');
  times.push(performance.now() - started);
}
reportCase(median(times), { termHits: result.messages.length });
