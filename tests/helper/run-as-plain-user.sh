#!/bin/sh
# Runs a test as a plain user, to show it needs no root: as is when it already runs as one, as nobody when it
# runs as root (CI). The environment is kept (QT_QPA_PLATFORM, the sanitizers' options).
set -eu
if [ "$(id -u)" -ne 0 ]; then
    exec "$@"
fi
exec setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups -- "$@"
