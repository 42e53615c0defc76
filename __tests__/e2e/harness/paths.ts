import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The signalbox repository: where the package is built and packed. */
export const REPO_ROOT = resolve(__dirname, '../../..');

/** Where packed tarballs are kept (git-ignored). */
export const TARBALL_DIR = join(REPO_ROOT, '.cache', 'e2e');

/**
 * Consumer projects and their dependency installs. Deliberately outside the repository: Node, Jest
 * and TypeScript look for `node_modules` (and `@types`) in every ancestor directory, so a project
 * inside the repository would silently fall back on the repository's own devDependencies.
 */
export const CONSUMER_ROOT = process.env.SIGNALBOX_E2E_DIR ?? join(tmpdir(), 'signalbox-e2e');
