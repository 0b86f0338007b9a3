/** Lets the browser paint (the progress text) before the next long step runs. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
