import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Help } from 'commander';
import { COMMANDS } from '../../src/cli/main.ts';
import { runCli } from '../support/cli-runner.ts';

test('each row of the command table names, describes and lists its command as the command itself does', async () => {
  const help = new Help();
  for (const [name, entry] of Object.entries(COMMANDS)) {
    const command = await entry.load();
    assert.equal(command.name(), name);
    assert.equal(entry.description, command.description(), name);
    assert.equal(entry.term, help.subcommandTerm(command), name);
  }
});

test('vigie --help lists each command as the full program would, and vigie help COMMAND shows that command', async () => {
  const top = await runCli(['--help']);
  assert.equal(top.code, 0);
  for (const [name, entry] of Object.entries(COMMANDS))
    assert.match(
      top.stdout,
      new RegExp(
        `^  ${entry.term.replace(/[.[\]]/g, '\\$&')} +${entry.description.slice(0, 20).replace(/[.()[\]]/g, '\\$&')}`,
        'm',
      ),
      name,
    );
  const alerts = await runCli(['help', 'alerts']);
  assert.equal(alerts.code, 0);
  assert.match(alerts.stdout, /Usage: vigie alerts/);
  assert.match(alerts.stdout, /list \[options\]/);
});
