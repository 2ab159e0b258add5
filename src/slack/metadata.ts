import * as z from 'zod';
import { HAZARD_ACTIONS } from '../domain/hazard/hazard-actions.js';
import { HAZARD_STATUSES } from '../domain/hazard/hazard.js';

/**
 * What a modal carries between opening and submission (private_metadata, ≤3000 characters): ids only, plus the
 * response_url of the command or message it was opened from, so the outcome can be answered where the person was.
 */
const metadataSchema = z.object({
  unitId: z.number().int().positive().optional(),
  responseUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Hazard modals: which hazard, the state the person saw, and the action. */
  hazardId: z.number().int().positive().optional(),
  status: z.enum(HAZARD_STATUSES).optional(),
  action: z.enum(HAZARD_ACTIONS).optional(),
  /** The registration modal was built for staff (deadline and assignee required). */
  staff: z.boolean().optional(),
  /** Opened from a DM to-do: replace that message with the outcome, so its buttons cannot be pressed again. */
  replace: z.boolean().optional(),
  /** An inspection's result modal, or a hazard registered from an inspection. */
  inspectionId: z.number().int().positive().optional(),
});

export type ViewMetadata = z.infer<typeof metadataSchema>;

export function encodeMetadata(metadata: ViewMetadata): string {
  const text = JSON.stringify(metadata);
  // A response_url is about 100 characters; drop it rather than exceed the limit.
  if (text.length <= 3000) return text;
  const { responseUrl: _dropped, ...rest } = metadata;
  return JSON.stringify(rest);
}

/** Where a modal opened from a message answers its outcome: the message's response_url, when Slack gave one. */
export function answerAt(responseUrl: string | undefined): ViewMetadata {
  return responseUrl ? { responseUrl } : {};
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
