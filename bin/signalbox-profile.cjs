#!/usr/bin/env node
// `npx signalbox-profile merge shard-1.json shard-2.json`: one receiver profile for a sharded suite.
process.exitCode = require('../dist/profile-cli.cjs').main(process.argv.slice(2));
