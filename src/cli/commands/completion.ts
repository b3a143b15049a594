// `should-i-interview completion bash|zsh|fish`: a shell completion script,
// generated from the same command and flag tables that commander is built
// from, so it offers exactly the commands, flags and choices there are.

import { PROGRAM } from '../errors.js';
import { GLOBAL_FLAGS, HELP_FLAGS, type FlagSpec } from '../flags.js';
import { childrenOf, commandName, type CommandSpec } from '../command-spec.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export const completionCommand: CommandSpec = {
  path: ['completion'],
  summary: 'print a shell completion script (bash, zsh or fish)',
  arguments: [{ name: 'shell', description: `the shell: ${SHELLS.join(' | ')}`, choices: SHELLS }],
  flags: [],
  globals: ['quiet', 'color', 'input'],
  refusals: { json: 'it prints a shell script', profile: 'it does not read the saved profile' },
  helpAfter: `
Install:
  bash: add to ~/.bashrc:   source <(${PROGRAM} completion bash)
  zsh:  add to ~/.zshrc:    source <(${PROGRAM} completion zsh)
  fish: ${PROGRAM} completion fish > ~/.config/fish/completions/${PROGRAM}.fish
`,
  async run(args, _flags, context) {
    // The list of commands includes this one: loaded when run, not at load.
    const { COMMANDS } = await import('./index.js');
    context.io.stdout.write(completionScript(args[0] as Shell, COMMANDS));
    return 0;
  },
};

/** The flags a command takes on its command line: its own, the global ones that apply, and help. */
export function flagsOf(spec: CommandSpec): FlagSpec[] {
  return [...spec.flags, ...GLOBAL_FLAGS.filter((flag) => spec.globals.includes(flag.key as never))];
}

function namesOf(spec: CommandSpec): string[] {
  const names = flagsOf(spec).flatMap((f) => (f.short ? [f.long, f.short] : [f.long]));
  // Help on every command; the version on the root only.
  return [...names, ...HELP_FLAGS.filter((f) => spec.path.length === 0 || !/version|^-V$/.test(f))];
}

const valued = (spec: CommandSpec) => flagsOf(spec).filter((f) => f.kind !== 'boolean');
const children = (spec: CommandSpec, commands: readonly CommandSpec[]) => childrenOf(spec, commands).map((c) => c.path.at(-1)!);
/** Every flag's value choices, by flag name (a flag has the same choices wherever it is taken). */
function choicesByFlag(commands: readonly CommandSpec[]): Map<string, readonly string[] | 'file'> {
  const map = new Map<string, readonly string[] | 'file'>();
  for (const flag of commands.flatMap(flagsOf)) {
    if (flag.kind === 'choice') map.set(flag.long, flag.choices);
    else if (flag.kind === 'value' && flag.complete === 'file') map.set(flag.long, 'file');
    else if (flag.kind === 'value' && flag.suggest) map.set(flag.long, flag.suggest);
  }
  return map;
}

export function completionScript(shell: Shell, commands: readonly CommandSpec[]): string {
  if (shell === 'bash') return bashScript(commands);
  if (shell === 'zsh') return zshScript(commands);
  return fishScript(commands);
}

const fn = PROGRAM.replace(/-/g, '_');

/** For bash: a plain function and `complete -F`, with nothing from the bash-completion package. */
function bashScript(commands: readonly CommandSpec[]): string {
  const root = commands.find((c) => c.path.length === 0)!;
  const names = (spec: CommandSpec) => commandName(spec);
  const subs = commands.map((c) => `    "${names(c)}") subs="${[...children(c, commands), ...(c === root ? ['help'] : [])].join(' ')}" ;;`);
  const flags = commands.map(
    (c) =>
      `    "${names(c)}") flags="${namesOf(c).join(' ')}"; valued="${valued(c)
        .map((f) => f.long)
        .join(' ')}" ;;`,
  );
  const values = [...choicesByFlag(commands)].map(([flag, choices]) =>
    choices === 'file'
      ? `    ${flag}) _${fn}_files; return ;;`
      : `    ${flag}) COMPREPLY=($(compgen -W "${choices.join(' ')}" -- "$cur")); return ;;`,
  );
  const operands = commands
    .flatMap((c) =>
      (c.arguments ?? []).map((arg, i) => {
        const what =
          arg.complete === 'file' ? `_${fn}_files` : arg.choices ? `COMPREPLY=($(compgen -W "${arg.choices.join(' ')}" -- "$cur"))` : '';
        return what ? `    "${names(c)}:${i}") ${what}; return ;;` : '';
      }),
    )
    .filter(Boolean);
  return `# ${PROGRAM} completion for bash. Install: source <(${PROGRAM} completion bash)
_${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" i w path="" operand=0 skip=0 ended=0 helping=0 subs flags valued
  ((COMP_CWORD > 0)) && prev="\${COMP_WORDS[COMP_CWORD-1]}"
  # --flag=value: bash splits at "=", so the flag is two words back.
  if [[ "$prev" == "=" && COMP_CWORD -gt 1 ]]; then prev="\${COMP_WORDS[COMP_CWORD-2]}"; fi
  if [[ "$cur" == "=" ]]; then cur=""; fi
  # File names one a line (spaces kept), marked as files: a folder gets its "/", a space is quoted.
  _${fn}_files() {
    local IFS=$'\n'
    COMPREPLY=($(compgen -f -- "$cur"))
    compopt -o filenames 2>/dev/null
  }
  _${fn}_tables() {
    case "$1" in
${subs.join('\n')}
      *) subs="" ;;
    esac
    case "$1" in
${flags.join('\n')}
      *) flags=""; valued="" ;;
    esac
  }
  # Walk the words typed so far: subcommand names, flags and their values, operands.
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    if ((skip)); then skip=0; continue; fi
    # --flag=value arrives as three words: --flag, "=" and the value.
    if [[ "$w" == "=" ]]; then skip=1; continue; fi
    if [[ "\${COMP_WORDS[i+1]}" == "=" ]]; then continue; fi
    _${fn}_tables "$path"
    case "$w" in
      --) ended=1 ;;
      -*) ((ended)) && operand=$((operand + 1)) || { [[ " $valued " == *" $w "* ]] && skip=1; } ;;
      *)
        if ((operand == 0 && !ended)) && [[ " $subs " == *" $w "* ]]; then
          # help <command...>: walk the commands, to offer the ones under the last.
          if [[ "$w" == help && -z "$path" ]]; then helping=1; else path="\${path:+$path }$w"; fi
        else
          operand=$((operand + 1))
        fi ;;
    esac
  done
  _${fn}_tables "$path"
  if ((helping)); then
    ((operand == 0)) && COMPREPLY=($(compgen -W "\${subs/help/}" -- "$cur"))
    return
  fi
  if ((!ended)) && [[ "$prev" == -* && " $valued " == *" $prev "* ]]; then
    case "$prev" in
${values.join('\n')}
    esac
    return
  fi
  if ((!ended)) && [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
    return
  fi
  case "$path:$operand" in
${operands.join('\n')}
  esac
  if ((operand == 0)) && [[ -n "$subs" ]]; then COMPREPLY=($(compgen -W "$subs" -- "$cur")); fi
}
complete -F _${fn} ${PROGRAM}
`;
}

/** For zsh: its bash emulation runs the same function, so the two never differ. */
function zshScript(commands: readonly CommandSpec[]): string {
  return `#compdef ${PROGRAM}
# ${PROGRAM} completion for zsh. Install: source <(${PROGRAM} completion zsh)
# bashcompinit needs compinit: run it here only if ~/.zshrc has not already.
(( $+functions[compdef] )) || { autoload -U +X compinit && compinit; }
autoload -U +X bashcompinit && bashcompinit
${bashScript(commands).split('\n').slice(1).join('\n')}`;
}

const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** For fish: one `complete` line per command, flag and argument. */
function fishScript(commands: readonly CommandSpec[]): string {
  const lines = [`# ${PROGRAM} completion for fish. Install: ${PROGRAM} completion fish > ~/.config/fish/completions/${PROGRAM}.fish`];
  const top = commands.filter((c) => c.path.length === 1).map((c) => c.path[0]!);
  lines.push(`complete -c ${PROGRAM} -f`);
  // The condition that `spec` is the command being typed.
  const condition = (spec: CommandSpec) => {
    if (spec.path.length === 0) return `not __fish_seen_subcommand_from ${[...top, 'help'].join(' ')}`;
    const under = children(spec, commands);
    const seen = spec.path.map((w) => `__fish_seen_subcommand_from ${w}`).join('; and ');
    return under.length > 0 ? `${seen}; and not __fish_seen_subcommand_from ${under.join(' ')}` : seen;
  };
  for (const spec of commands) {
    const when = fishQuote(condition(spec));
    for (const child of childrenOf(spec, commands)) {
      lines.push(`complete -c ${PROGRAM} -n ${when} -a ${child.path.at(-1)} -d ${fishQuote(child.summary)}`);
    }
    if (spec.path.length === 0) lines.push(`complete -c ${PROGRAM} -n ${when} -a help -d ${fishQuote('show help for a command')}`);
    for (const flag of flagsOf(spec)) {
      const name = `-l ${flag.long.slice(2)}${flag.short ? ` -s ${flag.short.slice(1)}` : ''}`;
      const value =
        flag.kind === 'choice' || (flag.kind === 'value' && flag.suggest)
          ? ` -x -a ${fishQuote((flag.kind === 'choice' ? flag.choices : (flag.suggest ?? [])).join(' '))}`
          : flag.kind === 'value'
            ? flag.complete === 'file'
              ? ' -r -F'
              : ' -x'
            : '';
      lines.push(`complete -c ${PROGRAM} -n ${when} ${name}${value} -d ${fishQuote(flag.description)}`);
    }
    (spec.arguments ?? []).forEach((arg) => {
      if (arg.complete === 'file') lines.push(`complete -c ${PROGRAM} -n ${when} -F`);
      else if (arg.choices) lines.push(`complete -c ${PROGRAM} -n ${when} -a ${fishQuote(arg.choices.join(' '))}`);
    });
  }
  lines.push(`complete -c ${PROGRAM} -n '__fish_seen_subcommand_from help' -a ${fishQuote(top.join(' '))}`);
  return `${lines.join('\n')}\n`;
}
