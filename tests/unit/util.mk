# unit tests for src/util
