const warned = new Set<string>();

/**
 * Logs a console warning once per page for a given message, so a bad attribute
 * on a list of fifty cards does not flood the console.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`kratom-widgets: ${message}`);
}
