/**
 * Measures signing and verifying a 1,000-item checklist: `npx tsx tests/core/signoff/measure-signoff.ts [items] [runs]`.
 * Prints medians of each step, so a change that makes canonicalisation or hashing non-linear
 * shows up as a number, not a feeling. Not a test: timings depend on the machine.
 */
import { performance } from 'node:perf_hooks';
import {
  buildManifest,
  buildSignedFile,
  createReviewerKey,
  serializeSignedFile,
  signableContent,
  signContent,
  signContentWithKey,
  unlockReviewerKey,
  verifySignedFile,
} from '../../../core/signoff/index.js';
import { largeChecklist } from './large-checklist.js';

const items = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(label: string, n: number, action: () => unknown): void {
  action(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    action();
    samples.push(performance.now() - start);
  }
  console.log(`${label.padEnd(48)} median ${median(samples).toFixed(1).padStart(8)} ms  (min ${Math.min(...samples).toFixed(1)}, max ${Math.max(...samples).toFixed(1)}, n=${n})`);
}

const checklist = largeChecklist(items);
const passphrase = 'Granskning är ett lagarbete';
const anna = createReviewerKey('Anna Berg', passphrase, '2025-06-01T08:00:00.000Z');
const bjorn = createReviewerKey('Björn Lind', passphrase, '2025-06-01T08:00:00.000Z');
const annaKey = unlockReviewerKey(anna, passphrase);
const content = signableContent(checklist);
const one = serializeSignedFile(buildSignedFile(content, [signContentWithKey(content, anna, annaKey, '2025-06-10T16:00:00.000Z')]));
const two = serializeSignedFile(
  buildSignedFile(content, [signContentWithKey(content, anna, annaKey, '2025-06-10T16:00:00.000Z'), signContentWithKey(content, bjorn, unlockReviewerKey(bjorn, passphrase), '2025-06-10T16:05:00.000Z')]),
);
console.log(`${items} items, ${checklist.items.reduce((n, i) => n + i.occurrences.length, 0)} occurrences; file ${(one.length / 1e6).toFixed(2)} MB with one signature, ${(two.length / 1e6).toFixed(2)} MB with two`);

time('signableContent', runs, () => signableContent(checklist));
time('buildManifest', runs, () => buildManifest(content));
time('signContentWithKey (manifest + Ed25519)', runs, () => signContentWithKey(content, anna, annaKey, '2025-06-10T16:00:00.000Z'));
time('verifySignedFile, text with 1 signature', runs, () => verifySignedFile(one));
time('verifySignedFile, text with 2 signatures', runs, () => verifySignedFile(two));
const tampered = JSON.parse(two) as { content: { items: { decision: string }[] } };
tampered.content.items[items - 1]!.decision = tampered.content.items[items - 1]!.decision === 'fixed' ? 'accepted' : 'fixed';
const tamperedText = JSON.stringify(tampered);
time('verifySignedFile, 2 signatures, 1 decision changed', runs, () => verifySignedFile(tamperedText));
time('unlockReviewerKey (scrypt N=2^17, r=8)', 5, () => unlockReviewerKey(anna, passphrase));
time('signContent (unlock + sign)', 5, () => signContent(content, anna, passphrase, '2025-06-10T16:00:00.000Z'));
