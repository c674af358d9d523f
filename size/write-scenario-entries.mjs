// Writes each size scenario's source as an entry file, where size-limit and the tests can bundle it.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioFileName } from './size-scenarios.mjs';

export const entriesDir = fileURLToPath(new URL('../node_modules/.cache/size-entries/', import.meta.url));

function readOrEmpty(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** @param {import('./size-scenarios.mjs').SizeScenario[]} scenarios @returns {string[]} the entry paths, in order */
export function writeScenarioEntries(scenarios) {
  mkdirSync(entriesDir, { recursive: true });
  return scenarios.map((scenario) => {
    const file = path.join(entriesDir, scenarioFileName(scenario));
    const source = `${scenario.source}\n`;
    // Test workers and size-limit may write the same entries at once: never leave a half-written file to bundle.
    if (readOrEmpty(file) !== source) {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, source);
      renameSync(temporary, file);
    }
    return file;
  });
}
