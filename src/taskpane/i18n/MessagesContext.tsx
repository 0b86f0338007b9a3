import { createContext, useContext } from "react";
import type { Messages } from "./messages";
import { vi } from "./vi";

const MessagesContext = createContext<Messages>(vi);

export const MessagesProvider = MessagesContext.Provider;

/** The catalogue of the language the user chose (Vietnamese unless they switched). */
export function useMessages(): Messages {
  return useContext(MessagesContext);
}
