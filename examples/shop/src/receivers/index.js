/**
 * Connects every receiver, as an app does once at start-up (Django's `AppConfig.ready`). They are
 * `suspendingReceiver`s: the same as `receiver` while `settings.SUSPEND_SIGNALS` is false, which is
 * the default; the demo's third mode turns that setting on for the whole suite.
 */
const audit = require('./audit-log');
const emails = require('./emails');
const profiles = require('./profiles');
const search = require('./search-index');

module.exports = { ...audit, ...emails, ...profiles, ...search };
