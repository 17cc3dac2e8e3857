// The production config with its commented examples switched on, as an operator would: a commented
// line is uncommented when what follows `# ` is YAML (a `key:` or a `- resolver` item); prose stays.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const YAML_LINE = /^(?:[\w.-]+:(?: |$)|- resolver)/;

export function uncommentExamples(text) {
  return text
    .split('\n')
    .map(line => {
      const comment = /^(\s*)# (\s*)(.*)$/.exec(line);
      return comment && YAML_LINE.test(comment[3])
        ? `${comment[1]}${comment[2]}${comment[3]}`
        : line;
    })
    .join('\n');
}

/** Writes app-config.examples.yaml next to the production config; returns its name. */
export function writeUncommentedConfig(app) {
  const name = 'app-config.examples.yaml';
  const production = readFileSync(
    join(app, 'app-config.production.yaml'),
    'utf8',
  );
  writeFileSync(join(app, name), uncommentExamples(production));
  return name;
}
