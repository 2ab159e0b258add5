import type { WebClient } from '@slack/web-api';

export interface FileToShare {
  /** A channel id (C…/G…) or a DM channel id (D…). */
  readonly channel: string;
  /** Share it as a reply in this thread. */
  readonly threadTs?: string;
  readonly filename: string;
  readonly title: string;
  readonly bytes: Buffer;
  readonly comment?: string;
}

/**
 * Shares a file with files.uploadV2 (getUploadURLExternal → POST the bytes → completeUploadExternal; SLACK.md §3).
 * Returns the file id (nested in the response: files[0].files[0].id).
 */
export async function shareFile(client: WebClient, f: FileToShare): Promise<string> {
  const common = { file: f.bytes, filename: f.filename, title: f.title, ...(f.comment ? { initial_comment: f.comment } : {}) };
  const res = f.threadTs
    ? await client.files.uploadV2({ ...common, channel_id: f.channel, thread_ts: f.threadTs })
    : await client.files.uploadV2({ ...common, channel_id: f.channel });
  const id = (res as unknown as { files?: { files?: { id?: string }[] }[] }).files?.[0]?.files?.[0]?.id;
  if (!id) throw new Error('files.uploadV2 returned no file id');
  return id;
}
