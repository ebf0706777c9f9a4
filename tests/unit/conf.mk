# unit tests for src/conf
