import { Command, InvalidArgumentError, Option } from 'commander'
import type { GeneratorChoice } from '../index'

/** The generator options `generate` and `run` share: which generator runs is the api's choice (resolveGenerator). */
export type GeneratorCommandOptions = GeneratorChoice

function positiveNumber(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number')
  return number
}

function positiveInteger(value: string): number {
  const number = positiveNumber(value)
  if (!Number.isInteger(number)) throw new InvalidArgumentError('expected a whole number')
  return number
}

export function addGeneratorOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--generator <name>',
        'offline (default), openai (any OpenAI-compatible model) or replay (a recorded cassette); a model is asked only ' +
          'for what the offline generator could not do'
      ).choices(['offline', 'openai', 'replay'])
    )
    .option('--model <name>', 'the model (default: SPECLOOP_MODEL, or "generate.model" in specloop.json)')
    .option('--record <dir>', 'save each request/response pair with the model in DIR (authorisation stripped)')
    .option('--cassette <dir>', 'with --generator replay: replay from DIR, offline')
    .option('--max-rounds <n>', 'stop the loop after N rounds (default 3 offline, 5 with a model)', positiveInteger)
    .option('--token-budget <n>', 'stop when N tokens (in + out) are spent', positiveInteger)
    .option('--time-limit <seconds>', 'stop the loop after this many seconds (default 120 offline)', positiveNumber)
    .option('--request-timeout <seconds>', 'give up on one model request after this many seconds (default 300; retried)', positiveNumber)
    .option(
      '--local-only',
      'send prompts only to a model whose host resolves to loopback or private addresses (besides the allow-list, "generate.endpoints" in specloop.json)'
    )
}
