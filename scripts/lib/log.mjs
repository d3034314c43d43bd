/** Launcher messages, prefixed so they stand out among the API's and worker's logs. */
export const log = (message) => console.log(`[cdt] ${message}`);
export const warn = (message) => console.error(`[cdt] ${message}`);

/** An error whose message is meant for the person at the terminal, printed without a stack. */
export class LauncherError extends Error {}
