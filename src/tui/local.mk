# src/tui
