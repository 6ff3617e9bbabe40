#!/bin/sh
# Fails when a test waits for a clock instead of a condition. A justified sleep carries
# an "allowed-sleep: <why>" comment on the same line.
dir=${1:-tests}
hits=$(grep -rnE 'QTest::qWait\(|QThread::(m|u)?sleep|std::this_thread::sleep_for|usleep\(' "$dir" \
        --include='*.cpp' --include='*.h' | grep -v 'allowed-sleep' | grep -v 'lint_no_sleeps')
if [ -n "$hits" ]; then
  echo "sleep-based waits in tests (use QSignalSpy::wait / QTRY_*):"
  echo "$hits"
  exit 1
fi
echo "no bare sleeps"
