const { createHash } = require('node:crypto');
const { suspendingReceiver } = require('signalbox');
const { countCall } = require('../receiver-calls');
const { userSaved } = require('../signals');

const profiles = new Map();

const slugify = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Every new user gets a profile: a public slug, an avatar colour and default preferences. */
const createProfile = suspendingReceiver(userSaved, { dispatchUid: 'create-profile' })(
  function createProfile(_sender, { instance: user, created }) {
    countCall('createProfile');
    if (!created) return;
    const digest = createHash('md5').update(user.email.trim().toLowerCase()).digest('hex');
    profiles.set(user.id, {
      userId: user.id,
      slug: `${slugify(user.name)}-${user.id}`,
      avatarColor: `#${digest.slice(0, 6)}`,
      initials: user.name
        .split(/\s+/)
        .map((part) => part[0]?.toUpperCase() ?? '')
        .join(''),
      preferences: { newsletter: false, language: 'en', currency: 'EUR' },
    });
  },
);

function profileOf(userId) {
  const profile = profiles.get(userId);
  if (!profile) throw new Error(`user ${userId} has no profile`);
  return profile;
}

module.exports = { createProfile, profileOf, profiles };
