// Command-line options on top of node:util parseArgs, with Vietnamese errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(argv: string[], options: OptionSpec, command: string): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(`Tham số không hợp lệ cho lệnh "${command}": ${detail}`, 2);
  }
}

export function requireString(args: ParsedArgs, name: string, command: string): string {
  const value = args.values[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CliError(`Lệnh "${command}" cần tham số --${name}.`, 2);
  }
  return value;
}

export function optionalString(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}
