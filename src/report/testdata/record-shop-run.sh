#!/usr/bin/env sh
# Records shop.ndjson and shop.summary.txt: a real cucumber-js run of the shop project, the
# fixture of the report's unit tests. Run from the repository root after changing the project:
#   sh src/report/testdata/record-shop-run.sh
set -eu
root=$(pwd)
work=$(mktemp -d /tmp/shop-XXXXXX)
cp -R src/report/testdata/shop/. "$work"
ln -s "$root/node_modules" "$work/node_modules"
cd "$work"
node node_modules/@cucumber/cucumber/bin/cucumber.js --format message:shop.ndjson --format summary:summary.txt > /dev/null || true
cp shop.ndjson "$root/src/report/testdata/shop.ndjson"
grep -E '^[0-9]+ (scenario|step)s? ' summary.txt > "$root/src/report/testdata/shop.summary.txt"
cd "$root"
rm -rf "$work"
