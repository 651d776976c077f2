import { allocateCommand, ALLOCATE_HELP } from './commands/allocate';
import { approveCommand, APPROVE_HELP } from './commands/approve';
import { verifyCommand, VERIFY_HELP } from './commands/verify';
import { budgetCheckCommand, BUDGET_CHECK_HELP } from './commands/budgetCheck';
import { budgetTemplateCommand, BUDGET_TEMPLATE_HELP } from './commands/budgetTemplate';
import { budgetTextCommand, BUDGET_TEXT_HELP } from './commands/budgetText';
import { historyCommand, HISTORY_HELP } from './commands/history';
import { shown } from './echo';
import { CliError, CliIo, EXIT_OK, EXIT_USAGE, nodeIo } from './io';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  allocate: { run: allocateCommand, help: ALLOCATE_HELP },
  history: { run: historyCommand, help: HISTORY_HELP },
  'budget-check': { run: budgetCheckCommand, help: BUDGET_CHECK_HELP },
  'budget-template': { run: budgetTemplateCommand, help: BUDGET_TEMPLATE_HELP },
  'budget-text': { run: budgetTextCommand, help: BUDGET_TEXT_HELP },
  approve: { run: approveCommand, help: APPROVE_HELP },
  verify: { run: verifyCommand, help: VERIFY_HELP },
};

const USAGE = `avgift – avgiftsfördelning för Södertörnskommunernas samarbetskommitté

Användning: avgift <kommando> [val]

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n')}`;

/** Runs the command line; returns the exit code. Errors are one Swedish line on stderr. */
export async function run(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`Okänt kommando ”${shown(name)}”. Kommandon: ${Object.keys(COMMANDS).join(', ')}.\n`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`${wantsEnglish(args) ? e.en : e.sv}\n`);
      return e.exitCode;
    }
    io.stderr(`Oväntat fel: ${(e as Error).message}\n`);
    return 1;
  }
}

function wantsEnglish(args: string[]): boolean {
  return args.some((a, i) => a === '--lang=en' || (a === '--lang' && args[i + 1] === 'en'));
}
