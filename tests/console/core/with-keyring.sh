#!/bin/sh
# shellcheck disable=SC2317 # functions run from traps and wait_for look unreachable
# Runs a command in a throw-away HOME with a keychain set-up of its own, and stops everything it started.
#   with-keyring.sh keyring COMMAND...  a private session bus with Debian's gnome-keyring-daemon on it, its
#                                       login keyring created and unlocked with the password "test"
#   with-keyring.sh bus COMMAND...      a private session bus alone: nothing owns org.freedesktop.secrets and
#                                       nothing can be activated (the bus has no service directories)
#   with-keyring.sh none COMMAND...     no bus at all (DBUS_SESSION_BUS_ADDRESS=disabled:)
# The user's own bus and keyrings are never touched. XIDENT_TEST_KEYCHAIN tells the command which set-up it got.
set -u

usage="usage: with-keyring.sh keyring|bus|none COMMAND [ARG...]"
mode=${1:-}
case $mode in
    keyring | bus | none) ;;
    *) echo "$usage" >&2; exit 2 ;;
esac
shift
[ $# -gt 0 ] || { echo "$usage" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/xident-keyring.XXXXXX") || exit 1
bus_pid=
keyring_pid=
command_pid=

cleanup() {
    # A second signal must not cut the clean-up short.
    trap '' HUP INT TERM PIPE
    for pid in $command_pid $keyring_pid $bus_pid; do
        kill "$pid" 2>/dev/null
    done
    for pid in $command_pid $keyring_pid $bus_pid; do
        wait "$pid" 2>/dev/null
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
    echo "with-keyring.sh: $*" >&2
    for log in "$tmp/bus.log" "$tmp/keyring.log"; do
        [ -s "$log" ] && sed "s|^|  $(basename "$log" .log): |" "$log" >&2
    done
    exit 1
}

# Polls "$@" every 0.1 s until it succeeds, for at most 10 s.
wait_for() {
    tries=0
    until "$@"; do
        tries=$((tries + 1))
        [ $tries -lt 100 ] || return 1
        sleep 0.1
    done
}

mkdir -m 700 "$tmp/home" "$tmp/runtime"
export HOME="$tmp/home"
export XDG_RUNTIME_DIR="$tmp/runtime"
export XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_CONFIG_HOME="$tmp/home/.config"
export XDG_CACHE_HOME="$tmp/home/.cache"
# QtKeychain prefers KWallet on a KDE desktop; without these it goes to libsecret.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SYSTEM_BUS_ADDRESS
export XIDENT_TEST_KEYCHAIN="$mode"

if [ "$mode" = none ]; then
    export DBUS_SESSION_BUS_ADDRESS=disabled:
else
    cat >"$tmp/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
    dbus-daemon --config-file="$tmp/bus.conf" --nofork --print-address=3 3>"$tmp/address" </dev/null 2>"$tmp/bus.log" &
    bus_pid=$!
    wait_for test -s "$tmp/address" || fail "the private D-Bus daemon did not start"
    DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$tmp/address")
    export DBUS_SESSION_BUS_ADDRESS
fi

secrets_call() {
    dbus-send --session --print-reply --reply-timeout=2000 --dest=org.freedesktop.secrets "$@" 2>/dev/null
}
login_keyring_ready() {
    secrets_call /org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias string:default \
        | grep -q '/org/freedesktop/secrets/collection/login'
}

if [ "$mode" = keyring ]; then
    # --unlock reads the password from stdin and creates the login keyring with it when there is none;
    # that keyring becomes the default collection, where libsecret stores.
    printf '%s' test >"$tmp/password"
    gnome-keyring-daemon --foreground --unlock --components=secrets <"$tmp/password" >"$tmp/keyring.log" 2>&1 &
    keyring_pid=$!
    wait_for login_keyring_ready || fail "gnome-keyring-daemon did not offer an unlocked login keyring"
    secrets_call /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked | grep -q 'boolean false' \
        || fail "the login keyring is locked"
fi

# In the background, so that a signal to this script is handled at once and stops the command too.
"$@" &
command_pid=$!
wait "$command_pid"
status=$?
command_pid=
exit "$status"
