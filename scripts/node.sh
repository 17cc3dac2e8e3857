#!/bin/sh
# Prints the path of a Node.js the project runs on (22 or 24). Where the machine's own `node` is
# another major (Node 20 on our CI machines), the release named in .node-version is installed once
# from the npm registry into .node/ (the node-<platform>-<arch> package ships the binary and its
# headers), so a machine needs nothing but Node and npm.
set -e
cd "$(dirname "$0")/.."
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" = 22 ] || [ "$major" = 24 ]; then
  command -v node
  exit 0
fi
version=$(cat .node-version)
package="node-$(node -p 'process.platform + "-" + process.arch')"
binary=".node/node_modules/$package/bin/node"
if [ ! -x "$binary" ] || [ "$("$binary" --version)" != "v$version" ]; then
  echo "Installing Node $version from the npm registry into .node/ (this machine has $(node --version))" >&2
  npm install --no-save --no-package-lock --silent --prefix .node "$package@$version" >&2
fi
echo "$PWD/$binary"
