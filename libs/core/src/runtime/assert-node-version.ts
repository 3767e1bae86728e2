/** LeadRelay needs Node 24; `npm start` and friends use the one the project installs. */
export function assertNodeVersion(): void {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    console.error(
      `LeadRelay needs Node.js 24 or newer, but this is ${process.versions.node}. ` +
        'Start it through npm (npm start, npm run start:api), which uses the Node 24 the project installs.',
    );
    process.exit(1);
  }
}
