import { english, type Msg } from './messages.js';

/** An error that says what happened by code: `message` is its English, `msg` goes to the wizard. */
export class MessageError extends Error {
  constructor(readonly msg: Msg) {
    super(english(msg));
    this.name = 'MessageError';
  }
}

/** The message of any error: its code when it has one, else its English text as data. */
export function msgOf(error: unknown): Msg {
  if (error instanceof MessageError) return error.msg;
  return asIs(error instanceof Error ? error.message : String(error));
}

/** Text without a code, as a message: shown as it is in every language. */
export function asIs(detail: string): Msg {
  return { code: 'text.asIs', params: { detail } };
}
