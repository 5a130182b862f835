import { ImapFlow, type MessageStructureObject } from 'imapflow';

/**
 * Reads what the marketplace mailed, as the recipient would: over IMAP from the mail server the
 * local stack and the tests run ($E2E_IMAP_PORT, the local stack's 13143 by default), which takes
 * any password for any address.
 */
const IMAP_PORT = Number(process.env.E2E_IMAP_PORT ?? '13143');
const MAIL_WAIT_MS = 30_000;

/** The plain text of the newest mail to `address` whose subject contains `subject`, once it arrived. */
export async function awaitMailText(address: string, subject: string): Promise<string> {
  const deadline = Date.now() + MAIL_WAIT_MS;
  for (;;) {
    const text = await newestText(address, subject);
    if (text !== undefined) return text;
    if (Date.now() > deadline) {
      throw new Error(`no mail to ${address} about "${subject}" within ${MAIL_WAIT_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The path and query of the first link in `text` that leads to `path` (such as /verify-email). */
export function linkTo(text: string, path: string): string {
  const found = new RegExp(`https?://[^\\s/]+(${path}\\?token=[A-Za-z0-9_-]+)`).exec(text);
  if (!found?.[1]) throw new Error(`no link to ${path} in:\n${text}`);
  return found[1];
}

async function newestText(address: string, subject: string): Promise<string | undefined> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: IMAP_PORT,
    secure: false,
    auth: { user: address, pass: address },
    logger: false,
  });
  await client.connect();
  try {
    const lock = await client.getMailboxLock('INBOX');
    try {
      const uids = await client.search({ subject }, { uid: true });
      if (!uids || uids.length === 0) return undefined;
      const uid = String(Math.max(...uids));
      const message = await client.fetchOne(uid, { bodyStructure: true }, { uid: true });
      const part = message && message.bodyStructure && plainTextPart(message.bodyStructure);
      if (!part) throw new Error(`the mail about "${subject}" has no plain-text part`);
      const { content } = await client.download(uid, part, { uid: true });
      if (!content) throw new Error(`the mail about "${subject}" went before it was read`);
      const chunks: Buffer[] = [];
      for await (const chunk of content) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks).toString('utf8');
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}

function plainTextPart(structure: MessageStructureObject): string | undefined {
  if (structure.type === 'text/plain') return structure.part ?? '1';
  for (const child of structure.childNodes ?? []) {
    const found = plainTextPart(child);
    if (found) return found;
  }
  return undefined;
}
