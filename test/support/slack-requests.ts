/** The signed Slack request builders live in src/demo (the demo drives the app with them too). */
export * from '../../src/demo/slack-requests.js';
