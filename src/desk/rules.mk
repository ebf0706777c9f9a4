# src/desk pure rules
