/** In-memory table of one model: `save` assigns the id and sends the model's post-save signal. */
class Repository {
  constructor(Model, postSave) {
    this.Model = Model;
    this.postSave = postSave;
    this.rows = new Map();
    this.nextId = 1;
  }

  save(instance) {
    instance.validate();
    const created = instance.id === undefined;
    if (created) instance.id = this.nextId++;
    this.rows.set(instance.id, instance);
    this.postSave.send(this.Model, { instance, created });
    return instance;
  }

  get(id) {
    const row = this.rows.get(id);
    if (!row) throw new Error(`${this.Model.name} ${id} does not exist`);
    return row;
  }

  all() {
    return [...this.rows.values()];
  }

  clear() {
    this.rows.clear();
    this.nextId = 1;
  }
}

module.exports = { Repository };
