/** The package version; `define()` compares it when a tag is already registered. A test keeps it equal to package.json. */
export const VERSION = '0.1.0';
