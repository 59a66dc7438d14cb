/**
 * The keys RovingFocusController acts on: the arrows, Home and End. Apart from the controller so
 * a widget can tell them before the controller is loaded (the map prevents their scrolling at once).
 */
const KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/** Whether `RovingFocusController.handleKey` acts on the key. */
export const rovingKey = (key: string): boolean => KEYS.has(key);
