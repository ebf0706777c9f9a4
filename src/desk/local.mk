# src/desk
