const { Repository } = require('../repository');
const { userSaved } = require('../signals');

const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

class User {
  constructor({ name, email, bio = '', city }) {
    this.id = undefined;
    this.name = name;
    this.email = email;
    this.bio = bio;
    this.city = city;
    this.active = true;
  }

  validate() {
    if (!this.name?.trim()) throw new Error('a user needs a name');
    if (!EMAIL.test(this.email)) throw new Error(`invalid e-mail address: ${this.email}`);
  }
}

class UserRepository extends Repository {
  constructor() {
    super(User, userSaved);
    this.idsByEmail = new Map();
  }

  save(user) {
    const key = user.email.toLowerCase();
    const existing = this.idsByEmail.get(key);
    if (existing !== undefined && existing !== user.id) {
      throw new Error(`e-mail address already registered: ${user.email}`);
    }
    super.save(user);
    this.idsByEmail.set(key, user.id);
    return user;
  }

  clear() {
    super.clear();
    this.idsByEmail.clear();
  }
}

const users = new UserRepository();

module.exports = { User, users };
