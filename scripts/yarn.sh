#!/bin/sh
# Runs the Yarn committed in .yarn/releases, so a machine needs only Node and npm.
# Native modules (better-sqlite3) build against the running Node's own headers:
# node-gyp would otherwise try to download them, which fails without internet access.
set -e
cd "$(dirname "$0")/.."
if [ -z "${npm_config_nodedir:-}" ]; then
  npm_config_nodedir="$(node -p "require('path').resolve(process.execPath, '../..')")"
  export npm_config_nodedir
fi
exec node .yarn/releases/yarn-4.13.0.cjs "$@"
