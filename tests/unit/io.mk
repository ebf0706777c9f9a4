# unit tests for src/io
