// Debian's Chromium for end-to-end tests and screenshots. Test tools' own
// browser downloads cannot work here, so a missing Chromium is installed from
// Debian's packages (as root; CI runs as root), or named by LIAISON_CHROMIUM.
import { chromium, type Browser } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export async function ensureChromium(log: (line: string) => void = (l) => console.error(l)): Promise<string> {
  const named = process.env['LIAISON_CHROMIUM'];
  if (named) {
    if (!existsSync(named)) throw new Error(`LIAISON_CHROMIUM: no such file ${named}`);
    return named;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error('Chromium is missing: install it with `sudo apt-get install chromium`, or set LIAISON_CHROMIUM');
  }
  log('chromium: installing Debian package chromium (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  const installed = CANDIDATES.find((p) => existsSync(p));
  if (!installed) throw new Error('apt-get installed chromium but no chromium binary was found');
  return installed;
}

/** Launch flags for headless Chromium on a machine with no outside network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium for tests and benchmarks: LIAISON_CHROMIUM (set by the e2e setup), else Debian's. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env['LIAISON_CHROMIUM'] || CANDIDATES[0], args: CHROMIUM_ARGS });
}
