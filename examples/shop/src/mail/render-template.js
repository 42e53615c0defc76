const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (char) => ESCAPES[char]);

const lookup = (values, path) => path.split('.').reduce((value, key) => value?.[key], values);

/**
 * `{{ user.name }}` inserts an escaped value, `{{{ rows }}}` inserts already rendered HTML; a
 * missing value is an error rather than an e-mail that says "Dear undefined".
 */
function renderTemplate(template, values) {
  return template.replace(/\{\{(\{?)\s*([\w.]+)\s*\}?\}\}/g, (_, raw, path) => {
    const value = lookup(values, path);
    if (value === undefined) throw new Error(`template value missing: ${path}`);
    return raw ? String(value) : escapeHtml(value);
  });
}

module.exports = { renderTemplate, escapeHtml };
