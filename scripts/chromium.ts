/**
 * Debian's Chromium, launched headless as this project's machines allow: Playwright's own browser
 * download cannot run here, and without the background-networking switches Chromium keeps trying
 * hosts it cannot reach. Shared by the browser tests and the console benchmark.
 */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
