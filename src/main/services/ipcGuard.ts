import type { z } from 'zod';
import type { IpcResult } from '../../shared/ipc/contract';

/** The parts of an Electron IpcMainInvokeEvent the guard looks at; small so tests can build one. */
export interface InvokeSender {
  senderId: number;
  isMainFrame: boolean;
  url: string;
}

export interface SenderPolicy {
  /** The webContents id of the app's own window, or undefined while none is open. */
  trustedWebContentsId(): number | undefined;
  isAppUrl(url: string): boolean;
}

export function describeSenderProblem(sender: InvokeSender, policy: SenderPolicy): string | undefined {
  if (sender.senderId !== policy.trustedWebContentsId()) return 'the call did not come from the Silk Ledger window';
  if (!sender.isMainFrame) return 'the call came from a frame inside the page, not the app itself';
  if (!policy.isAppUrl(sender.url)) return `the call came from a page outside the app (${sender.url})`;
  return undefined;
}

/** Joins zod's issues into one sentence an analyst (or a developer reading a log) can act on. */
export function describeInvalidArguments(channel: string, error: z.ZodError): string {
  const details = error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  return `Invalid arguments for ${channel}: ${details}`;
}

/**
 * Wraps a handler so that it only runs for the app's own window and for arguments that match
 * the contract, and so that any failure comes back as a readable error value.
 */
export function guardHandler<Schema extends z.ZodType, Result>(
  channel: string,
  schema: Schema,
  policy: SenderPolicy,
  handler: (args: z.output<Schema>) => Promise<IpcResult<Result>>,
): (sender: InvokeSender, rawArgs: unknown) => Promise<IpcResult<Result>> {
  return async (sender, rawArgs) => {
    const senderProblem = describeSenderProblem(sender, policy);
    if (senderProblem)
      return { ok: false, error: { code: 'forbidden-sender', message: `Refused ${channel}: ${senderProblem}.` } };
    const parsed = schema.safeParse(rawArgs);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-arguments', message: describeInvalidArguments(channel, parsed.error) } };
    }
    try {
      return await handler(parsed.data);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'unexpected', message: `${channel} failed: ${reason}` } };
    }
  };
}
