# unit tests for src/desk
