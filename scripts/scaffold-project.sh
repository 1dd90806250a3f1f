#!/usr/bin/env bash
# usage: scripts/scaffold-project.sh <dir> <name> <tag> <type:library|application>
set -e
dir=$1; name=$2; tag=$3; type=$4
mkdir -p "$dir/src"
depth=$(echo "$dir" | awk -F/ '{print NF}'); up=$(printf '../%.0s' $(seq 1 $depth))
[ -f "$dir/jest.config.js" ] || cat > "$dir/jest.config.js" <<J
const { jestProject } = require('${up}jest.preset');

module.exports = jestProject(__dirname, '${name}');
J
[ -f "$dir/project.json" ] || cat > "$dir/project.json" <<J
{
  "name": "${name}",
  "\$schema": "${up}node_modules/nx/schemas/project-schema.json",
  "projectType": "${type}",
  "sourceRoot": "${dir}/src",
  "tags": ["${tag}"],
  "targets": {
    "build": { "command": "node scripts/build.mjs && tsc -p tsconfig.json --noEmit" },
    "test": { "command": "node scripts/test.mjs --no-lint ${dir}" },
    "lint": { "command": "eslint ${dir}" }
  }
}
J
