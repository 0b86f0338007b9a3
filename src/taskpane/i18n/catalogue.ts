import type { Language } from "../../engine/model/status";
import { en } from "./en";
import type { Messages } from "./messages";
import { vi } from "./vi";

const CATALOGUES: Record<Language, Messages> = { vi, en };

export function messagesFor(lang: Language): Messages {
  return CATALOGUES[lang];
}
