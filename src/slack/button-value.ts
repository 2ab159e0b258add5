import { DomainError, type ErrorCode } from '../domain/errors.js';
import { LIMITS } from './blocks/elements.js';

/**
 * What a button carries back to its listener: parts joined by `:`, a record's id first — `7` (a unit), `7:U0123ABC`
 * (a unit and one of its contacts), `42:open` (a hazard and the status the person saw) — or after a tag saying what
 * the id is of, `inspection:9`. Anyone who can sign a request can send any value, so the reader takes only what the
 * builder writes: a canonical positive id, then at most the parts that button has, none of them empty.
 */
const SEPARATOR = ':';
/** Ids are 32-bit serials in the database: a larger number names no row (and PostgreSQL refuses to compare it). */
const MAX_ID = 2_147_483_647;
const ID = /^[1-9][0-9]{0,9}$/;

/** The value of a button: its parts, none containing `:` (ids, tags, Slack user ids, statuses never do). */
export function buttonValue(...parts: readonly (string | number)[]): string {
  return parts.join(SEPARATOR);
}

export interface ButtonValue {
  readonly id: number;
  /** What follows the id, at most `parts` of them. */
  readonly parts: readonly string[];
}

export interface ButtonValueShape {
  /** The word before the id (`inspection` in `inspection:9`); none by default. */
  readonly tag?: string;
  /** How many parts may follow the id (0 by default). */
  readonly parts?: number;
}

/** The id and the parts of a button value, or null when it is not one this shape of button would carry. */
export function readButtonValue(value: string | undefined, shape: ButtonValueShape = {}): ButtonValue | null {
  if (value === undefined || value.length > LIMITS.buttonValue) return null;
  const parts = value.split(SEPARATOR);
  if (shape.tag !== undefined && parts.shift() !== shape.tag) return null;
  const [id = '', ...rest] = parts;
  if (!ID.test(id) || Number(id) > MAX_ID) return null;
  if (rest.length > (shape.parts ?? 0) || rest.some((part) => part === '')) return null;
  return { id: Number(id), parts: rest };
}

/** As readButtonValue, for a button on a record: a tampered or stale value is that record "not found", never a crash. */
export function requireButtonValue(value: string | undefined, notFound: Extract<ErrorCode, `${string}.not_found`>, shape: ButtonValueShape = {}): ButtonValue {
  const read = readButtonValue(value, shape);
  if (!read) throw new DomainError(notFound, { id: String(value ?? '') });
  return read;
}
