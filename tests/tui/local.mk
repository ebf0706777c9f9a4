# TUI tests
