/**
 * How documents name people: the Slack layer looks names up (src/slack/people-names.ts) before a page is written,
 * and the builders, which are synchronous, read them back. Without a directory a person appears by Slack user id.
 */
export interface PeopleDirectory {
  prefetch(userIds: Iterable<string>): Promise<void>;
  known(userId: string): string;
}

export const USER_IDS: PeopleDirectory = { prefetch: async () => undefined, known: (id) => id };

/** Pages of rows, each page's people looked up before it is handed on. */
export async function* withNames<R>(pages: AsyncIterable<readonly R[]>, people: PeopleDirectory, idsOf: (row: R) => readonly (string | null)[]): AsyncGenerator<readonly R[]> {
  for await (const page of pages) {
    await people.prefetch(page.flatMap((r) => idsOf(r).filter((id): id is string => id !== null)));
    yield page;
  }
}
