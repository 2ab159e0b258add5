import * as z from 'zod';

/**
 * What a modal carries between opening and submission (private_metadata, ≤3000 characters): ids only, plus the
 * response_url of the command or message it was opened from, so the outcome can be answered where the person was.
 */
const metadataSchema = z.object({
  unitId: z.number().int().positive().optional(),
  responseUrl: z.url({ protocol: /^https?$/ }).optional(),
});

export type ViewMetadata = z.infer<typeof metadataSchema>;

export function encodeMetadata(metadata: ViewMetadata): string {
  const text = JSON.stringify(metadata);
  // A response_url is about 100 characters; drop it rather than exceed the limit.
  return text.length <= 3000 ? text : JSON.stringify({ unitId: metadata.unitId });
}

export function decodeMetadata(text: string | undefined): ViewMetadata {
  if (!text) return {};
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
