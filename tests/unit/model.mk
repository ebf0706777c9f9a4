# unit tests for src/model
