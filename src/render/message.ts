// "From the message:", the section the text report opens with when a
// recruiter's message was read: what was found, each with the message's own
// words, and which of it was not used because a flag said otherwise. Pure.

import type { MessageFindings, MessagePay } from '../core/message/index.js';
import { CURRENCY_SIGN, groupThousands } from '../core/pay.js';
import { truncate } from './width.js';

/** How a period reads after a figure: "$55 an hour". */
const PER: Record<MessagePay['period'], string> = { year: 'a year', month: 'a month', week: 'a week', day: 'a day', hour: 'an hour' };

/** A figure of the message as it states it: "$120,000–$140,000 a year", "SEK 55,000 a month", "up to $160,000 a year". */
export function describeStatedPay(pay: MessagePay): string {
  const sign = pay.currency === null ? '' : (CURRENCY_SIGN[pay.currency] ?? `${pay.currency} `);
  const money = (n: number) => `${sign}${groupThousands(n)}`;
  let amount: string;
  if (pay.min === null && pay.max !== null) amount = `up to ${money(pay.max)}`;
  else if (pay.min !== null && pay.max !== null && pay.max !== pay.min) amount = `${money(pay.min)}–${money(pay.max)}`;
  else if (pay.min !== null) amount = `${pay.openTop ? 'from ' : ''}${money(pay.min)}`;
  else amount = 'an amount';
  return `${amount} ${PER[pay.period]}${pay.ote ? ' OTE' : ''}`;
}

export interface MessageSectionOptions {
  /** Answers a flag gave, which the message's findings did not replace. */
  overridden: ReadonlyArray<'pay' | 'company' | 'role' | 'massPitch'>;
  /** Why a pay that was found is not used as the offer (a currency the comparison cannot take), if so. */
  payNotUsed?: string;
}

/** The longest quote shown, in columns: enough to recognise the words. */
const QUOTE = 60;

const quoted = (text: string) => `"${truncate(text.replace(/\s+/g, ' ').trim(), QUOTE)}"`;

/**
 * The section as items (a label and what was found), for the report to lay
 * out: "Pay: $120,000–$140,000 a year, from "…base of $120k–$140k…"".
 */
export function messageItems(findings: MessageFindings, options: MessageSectionOptions): string[] {
  const items: string[] = [];
  const flagWins = (key: MessageSectionOptions['overridden'][number]) =>
    options.overridden.includes(key) ? ' (your flag is used instead)' : '';
  if (findings.pay) {
    const not = options.payNotUsed ? ` (not used: ${options.payNotUsed})` : flagWins('pay');
    items.push(`Pay: ${describeStatedPay(findings.pay)}, from ${quoted(findings.pay.text)}${not}`);
  } else {
    items.push('Pay: not stated, so it stays unknown');
  }
  if (findings.ote) items.push(`On-target earnings: ${describeStatedPay(findings.ote)}, from ${quoted(findings.ote.text)}`);
  items.push(findings.company ? `Company: ${findings.company}${flagWins('company')}` : 'Company: not named');
  items.push(findings.role ? `Role: ${findings.role}${flagWins('role')}` : 'Role: not named');
  const verdict = findings.massPitch === true ? 'yes' : findings.massPitch === false ? 'no, it reads as written to you' : "can't tell";
  items.push(`Mass pitch: ${verdict}${findings.massPitch === null ? '' : flagWins('massPitch')}`);
  for (const signal of findings.signals) {
    items.push(
      `${signal.kind === 'mass' ? 'Sign of a mass pitch' : 'Sign it was written to you'}: ${signal.text}, in ${quoted(signal.quote)}`,
    );
  }
  if (findings.signals.length > 0) items.push('These are signs, not proof.');
  return items;
}
