/** Playing a person in Slack (press, open, fill in, submit) lives in src/demo (the demo plays the office with it too). */
export * from '../../src/demo/slack-ui.js';
