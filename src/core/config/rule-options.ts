import type { Expectation } from './expectations.js';

/** One option of a rule, as ESLint's meta.schema declares it: what it must be and its default. */
export interface OptionSpec<Value> {
  default: Value;
  expect: Expectation;
  description: string;
}

export type OptionSpecs<Options> = { readonly [Name in keyof Options]: OptionSpec<Options[Name]> };

/** An option that breaks a rule's check across options (a minimum over the maximum), and what it must be. */
export interface OptionConflict {
  option: string;
  expected: string;
}

/** What the config needs to know of a rule: its id, default severity and options. */
export interface ConfigurableRule<Options = Record<string, unknown>> {
  id: string;
  severity: 'error' | 'warning';
  options?: OptionSpecs<Options>;
  /**
   * Checks the options together, once each is of the right type. `nameOf` gives an option's name as
   * the user wrote it (a flat key such as 'max-ticket-tokens', or 'rules.ticket-size.max').
   */
  checkOptions?(options: Options, nameOf: (option: keyof Options & string) => string): OptionConflict | undefined;
}

/** A rule's options: its defaults, with the values the config sets over them. */
export function optionsWith<Options>(rule: ConfigurableRule<Options>, set: Readonly<Record<string, unknown>> = {}): Options {
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries<OptionSpec<unknown>>(rule.options ?? {})) options[name] = name in set ? set[name] : spec.default;
  return options as Options;
}
