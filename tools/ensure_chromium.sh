#!/bin/sh
# The browser test (tests/web_test.ts) drives Debian's chromium. Install it
# when it is missing, so `deno task test` works on a fresh machine. If it cannot
# be installed (not root, no apt), say so: the browser test will then fail.
[ -x /usr/bin/chromium ] && exit 0
echo "installing Debian's chromium for the browser test (apt-get install -y chromium)..."
if command -v apt-get >/dev/null 2>&1; then
  { apt-get update >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null 2>&1; } &&
    exit 0
fi
echo "could not install chromium: tests/web_test.ts will fail (install it: apt-get install -y chromium)"
exit 0
