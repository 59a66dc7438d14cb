// @ts-check
// Finds a Chromium for the browser tests: CHROME_PATH, else the system's chromium or chrome.
// On Debian as root with none installed, installs the distribution's package (never a downloaded build).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags every browser run uses: offline, no sandbox (root), no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function findChromium() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return CANDIDATES.find((p) => existsSync(p));
}

/** On Debian as root, installs a distribution package (a tool the tests need); false elsewhere. */
export function aptInstall(pkg, why) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!existsSync('/etc/debian_version') || !isRoot) return false;
  console.log(`${why}: installing Debian's ${pkg} package (apt-get install -y ${pkg})…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return true;
}

/**
 * Options for Playwright's `chromium.launch()`: the Chromium found (or installed) and the project's
 * flags; Playwright picks the headless mode itself.
 */
export function playwrightLaunchOptions() {
  return { executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless')) };
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (aptInstall('chromium', 'No Chromium found')) {
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
