# Sourced by the shell tests that commit: a home of their own in "$tmp"
# whose git identity is Test User <test@example.org>, read by git and by
# libgit2 (which reads ~/.gitconfig and ignores GIT_CONFIG_GLOBAL).
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" GIT_CONFIG_NOSYSTEM=1
unset GIT_CONFIG_GLOBAL
mkdir -p "$HOME"
printf '[user]\n\tname = Test User\n\temail = test@example.org\n' >"$HOME/.gitconfig"
