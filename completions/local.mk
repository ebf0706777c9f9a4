# Shell completion: three thin scripts that ask `presstime __complete`.
# Installed where each shell looks under this prefix; configure's
# --with-bash-completion-dir, --with-zsh-completion-dir and
# --with-fish-completion-dir change that (no: do not install).
if ENABLE_BASH_COMPLETION
dist_bashcomp_DATA = completions/bash/presstime
endif
if ENABLE_ZSH_COMPLETION
dist_zshcomp_DATA = completions/zsh/_presstime
endif
if ENABLE_FISH_COMPLETION
dist_fishcomp_DATA = completions/fish/presstime.fish
endif
EXTRA_DIST += completions/bash/presstime completions/zsh/_presstime \
	completions/fish/presstime.fish
