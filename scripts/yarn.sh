#!/bin/sh
# Runs the Yarn committed in .yarn/releases on the project's Node (scripts/node.sh), so a machine
# needs only Node and npm. That Node comes first on PATH for everything Yarn starts, and native
# modules (better-sqlite3) build against its own headers: node-gyp would otherwise try to download
# them, which fails without internet access, or use another Node's (npm exports its own nodedir).
set -e
cd "$(dirname "$0")/.."
node=$(sh scripts/node.sh)
PATH="$(dirname "$node"):$PATH"
npm_config_nodedir="$(dirname "$(dirname "$node")")"
export PATH npm_config_nodedir
exec node .yarn/releases/yarn-4.13.0.cjs "$@"
