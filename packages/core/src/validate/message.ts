import type { Language } from "../model/document-control.js";

/**
 * One message in every language the tool speaks: the type makes a missing translation a compile
 * error. `P` is the shape of the values the message fills in.
 */
export type Message<P extends object = Record<string, never>> = Record<
  Language,
  (params: P) => string
>;

/** A rule's or the engine's messages, by id; every message exists in Vietnamese and English. */
export type Catalogue = Record<string, Message<never>>;

/** Fills in `message` in `lang`. */
export function localize<P extends object>(message: Message<P>, params: P, lang: Language): string {
  return message[lang](params);
}
